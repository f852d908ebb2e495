# data: salaries.json

from pyspark.sql import functions as F


def solve(salaries):
    return salaries.withColumn("prev", F.lag("salary"))
