# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.col("email").contains("example").alias("has"),
        F.col("email").startswith("BOB").alias("starts"),
        F.col("email").endswith(".io").alias("ends"),
        F.contains("email", F.lit("@")).alias("f_contains"),
        F.startswith("phone", F.lit("555")).alias("f_starts"),
        F.endswith("name", F.lit(" ")).alias("f_ends"),
    )
