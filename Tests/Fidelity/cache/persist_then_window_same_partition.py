# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    c = employees.groupBy("dept_id", "manager_id").agg(F.sum("salary").alias("s")).persist()
    return c.withColumn("r", F.rank().over(Window.partitionBy("dept_id").orderBy(F.desc("s"))))
