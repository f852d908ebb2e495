# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select("id", F.split("email", "@")[-1].alias("last"))
