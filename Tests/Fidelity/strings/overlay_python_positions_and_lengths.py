# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.overlay("phone", F.lit("XXX"), 1).alias("from_1"),
        F.overlay("phone", F.lit("#"), 3, 0).alias("insert_at_3"),
        F.overlay("phone", F.lit("*"), 20).alias("past_end"),
        F.overlay("phone", F.lit("__"), 2, -1).alias("negative_len"),
    )
