# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select("id", F.initcap("name").alias("cap"), F.initcap(F.lower("email")).alias("email_cap"))
