# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.substring("email", 0, 3).alias("from_0"),
        F.substring("email", -3, 2).alias("neg_3"),
        F.substring("email", -100, 102).alias("far_negative"),
        F.col("email").substr(5, 100).alias("substr_method"),
    )
