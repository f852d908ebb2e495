# data: strings.json
# ordered: true

from pyspark.sql import functions as F


def solve(people):
    return people.orderBy(F.lower("email").asc_nulls_last(), F.length("name").desc()).select("id", "email")
