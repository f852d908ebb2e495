# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.like("email", F.lit("%@example%")).alias("like_example"),
        F.ilike("email", F.lit("%@EXAMPLE%")).alias("ilike_example"),
        F.rlike("phone", F.lit(r"^\d{3}")).alias("starts_3_digits"),
        F.col("name").like("%o%").alias("has_o"),
        F.col("email").ilike("B%").alias("starts_b"),
    )
