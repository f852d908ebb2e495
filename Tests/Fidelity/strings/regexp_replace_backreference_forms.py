# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.regexp_replace("phone", r"\D", "").alias("digits"),
        F.regexp_replace("name", r"(\w+)\s+(\w+)", "$2, $1").alias("last_first"),
        F.regexp_replace("email", r"@.*", "").alias("user"),
        F.regexp_replace("email", r"(.)", "$1$1").alias("doubled"),
        F.regexp_replace("name", r"\s+", " ").alias("squeezed"),
    )
