# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    exploded = items.select("id", F.explode_outer("tags").alias("tag"))
    return exploded.groupBy("id").agg(F.count("tag").alias("n_tags"), F.size(F.collect_set("tag")).alias("n_distinct"), F.count("*").alias("n_rows"))
