# data: salaries.json

from pyspark.sql import functions as F


def solve(salaries):
    ordered = salaries.orderBy("id").coalesce(1)
    return ordered.groupBy("dept").agg(F.first("salary"), F.last("salary"), F.first("salary", ignorenulls=True).alias("first_nn"))
