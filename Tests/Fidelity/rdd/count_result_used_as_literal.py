# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    n = employees.count()
    return employees.groupBy("dept_id").agg((F.count("*") / n).alias("share"), F.lit(n).alias("n"))
