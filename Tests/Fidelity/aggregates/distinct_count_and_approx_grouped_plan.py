# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.groupBy("dept_id").agg(F.countDistinct("manager_id").alias("d"), F.approx_count_distinct("manager_id").alias("a"))
