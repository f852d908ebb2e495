# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select("id", F.concat("name", F.lit("|"), "email"), F.concat_ws("|", "name", "email", "phone"))
