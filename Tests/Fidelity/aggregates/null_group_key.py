# data: salaries.json

from pyspark.sql import functions as F


def solve(salaries):
    return salaries.groupBy("dept").agg(F.count("*").alias("n"), F.sum("salary").alias("total"), F.avg("salary").alias("mean"))
