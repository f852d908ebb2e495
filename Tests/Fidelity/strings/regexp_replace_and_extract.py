# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.regexp_replace("phone", "[^0-9]", "").alias("digits"),
        F.regexp_extract("email", r"@([a-zA-Z]+)\.", 1).alias("host"),
        F.regexp_extract("email", "^(x)", 1).alias("no_match"),
    )
