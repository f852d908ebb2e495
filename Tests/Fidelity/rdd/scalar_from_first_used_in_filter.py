# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    avg_salary = employees.agg(F.avg("salary")).first()[0]
    return employees.where(F.col("salary") > avg_salary).select("name", "salary", F.lit(avg_salary).alias("avg"))
