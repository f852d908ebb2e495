# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    tagged = items.withColumn("color", F.coalesce("info.color", F.lit("none")))
    return tagged.groupBy("color").agg(F.array_sort(F.array_distinct(F.flatten(F.collect_list(F.coalesce("tags", F.array()))))).alias("all_tags"))
