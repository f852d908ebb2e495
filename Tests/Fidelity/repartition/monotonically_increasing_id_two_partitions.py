# data: salaries.json

from pyspark.sql import functions as F


def solve(salaries):
    return salaries.select("id", F.monotonically_increasing_id().alias("mid"))
