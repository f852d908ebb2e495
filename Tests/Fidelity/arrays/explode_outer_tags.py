# data: arrays.json
from pyspark.sql.functions import explode_outer


def solve(items):
    return items.select("id", explode_outer("tags").alias("tag"), "attrs", "info")
