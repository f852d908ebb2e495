# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select("id", F.arrays_zip(F.array_distinct("tags"), F.col("scores")).alias("z")).select("id", "z", F.col("z")["0"].alias("first_field"))
