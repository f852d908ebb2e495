# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.groupBy((F.col("age") >= 30).alias("thirty_plus")).agg(F.avg("salary").alias("avg_salary"))
