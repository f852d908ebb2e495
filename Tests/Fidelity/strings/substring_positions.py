# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select("id", F.substring("email", 1, 3), F.substring("email", -3, 3), F.col("email").substr(0, 2).alias("zero_pos"))
