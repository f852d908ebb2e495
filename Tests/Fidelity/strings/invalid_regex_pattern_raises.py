# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(F.regexp_extract("email", "([a-z", 1))
