# data: decimals.json
from pyspark.sql import functions as F


def solve(amounts):
    return amounts.agg(F.sum("price"), F.avg("price"), F.sum("ratio"), F.max("rate"))
