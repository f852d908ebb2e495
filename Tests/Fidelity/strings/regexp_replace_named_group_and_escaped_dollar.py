# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.regexp_replace("email", r"(?<user>[^@]+)@(?<host>.+)", "${host}/${user}").alias("swapped"),
        F.regexp_replace("phone", r"\d", r"\$").alias("dollars"),
        F.regexp_replace("phone", r"(\d{3})", "<$1>").alias("grouped"),
    )
