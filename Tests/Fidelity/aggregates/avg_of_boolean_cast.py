# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.groupBy("dept_id").agg(F.avg((F.col("salary") > 7000).cast("int")).alias("share"), F.sum(F.when(F.col("age") > 30, 1).otherwise(0)).alias("over30"))
