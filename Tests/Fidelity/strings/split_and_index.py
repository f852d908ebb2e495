# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    parts = F.split("email", "@")
    return people.select("id", parts.alias("parts"), parts.getItem(1).alias("domain"), F.size(parts).alias("n"))
