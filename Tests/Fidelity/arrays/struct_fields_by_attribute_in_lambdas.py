# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select("id", F.col("info").color.alias("c1"), F.col("info")["size"].alias("s1"),
        F.transform(F.array("info", "info"), lambda s: s.color).alias("colors"),
        F.transform(F.array("info"), lambda s: s["size"] + 1).alias("sizes"))
