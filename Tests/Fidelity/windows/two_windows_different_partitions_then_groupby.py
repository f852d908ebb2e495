# data: employees.json

from pyspark.sql import Window
from pyspark.sql import functions as F


def solve(employees):
    by_dept = Window.partitionBy("dept_id").orderBy("salary")
    by_manager = Window.partitionBy("manager_id").orderBy("hire_date")
    ranked = employees.select("dept_id", "manager_id", F.rank().over(by_dept).alias("r1"), F.row_number().over(by_manager).alias("r2"))
    return ranked.groupBy("dept_id").agg(F.max("r1").alias("max_r1"), F.sum("r2").alias("sum_r2"))
