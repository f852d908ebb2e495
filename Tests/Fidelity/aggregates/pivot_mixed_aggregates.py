# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    return sales.groupBy("year").pivot("region", ["east", "west"]).agg(F.min("product"), F.avg("amount"))
