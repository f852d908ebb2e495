# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.withColumn("salary", F.col("salary") + 100).withColumn("bonus", F.lit(0.1) * F.col("salary"))
