# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.split("phone", "-").alias("dash"),
        F.split("email", "[.@]").alias("dot_at"),
        F.split("name", r"\s+", 2).alias("words_2"),
        F.split(F.lit("a|b|c"), "|").alias("bare_pipe"),
        F.split(F.lit("a|b|c"), r"\|").alias("escaped_pipe"),
    )
