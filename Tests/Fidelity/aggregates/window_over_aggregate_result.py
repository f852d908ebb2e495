# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    per_dept = employees.groupBy("dept_id").agg(F.sum("salary").alias("total"))
    return per_dept.withColumn("rank", F.rank().over(Window.orderBy(F.desc("total")))).withColumn("share", F.col("total") / F.sum("total").over(Window.partitionBy()))
