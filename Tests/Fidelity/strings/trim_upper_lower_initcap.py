# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select("id", F.trim("name"), F.ltrim("name"), F.upper("name"), F.lower("email"), F.initcap("name"))
