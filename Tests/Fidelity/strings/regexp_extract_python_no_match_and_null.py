# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.regexp_extract("email", r"@(\w+)\.", 1).alias("domain"),
        F.regexp_extract("phone", r"^\((\d+)\)", 1).alias("area"),
        F.regexp_extract("name", r"(\w+) (\w+)", 2).alias("last"),
    )
