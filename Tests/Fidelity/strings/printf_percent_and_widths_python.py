# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.format_string("%-8s|", "name").alias("left_aligned"),
        F.format_string("%3d%%", "id").alias("pct"),
        F.format_string("%s has %d chars", "email", F.length("email")).alias("sentence"),
        F.printf(F.lit("%05.1f"), F.col("id") * 1.5).alias("zero_padded"),
    )
