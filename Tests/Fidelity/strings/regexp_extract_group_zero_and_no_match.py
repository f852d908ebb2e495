# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    pattern = r"([a-z]+)@([a-z]+)\.([a-z]+)"
    return people.select(
        "id",
        F.regexp_extract("email", pattern, 0).alias("whole"),
        F.regexp_extract("email", pattern, 2).alias("domain"),
        F.regexp_extract(F.lower("email"), pattern, 3).alias("tld"),
        F.regexp_replace("phone", r"[^0-9]", "").alias("digits"),
        F.regexp_replace("email", r"(\w+)@(\w+)", "$2 at $1").alias("swapped"),
    )
