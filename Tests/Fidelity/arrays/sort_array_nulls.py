# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select("id", F.sort_array("scores"), F.sort_array("scores", asc=False), F.array_sort("tags"))
