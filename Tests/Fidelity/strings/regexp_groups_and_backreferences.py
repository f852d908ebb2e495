# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.regexp_extract("email", r"^([a-z]+)@([a-z]+)", 2).alias("domain_word"),
        F.regexp_extract("email", r"^([a-z]+)@", 0).alias("whole_match"),
        F.regexp_replace("email", r"^([^@]+)@(.+)$", "$2/$1").alias("swapped"),
    )
