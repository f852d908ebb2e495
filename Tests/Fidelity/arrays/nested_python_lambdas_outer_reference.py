# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    # For each score, how many scores of the same row are smaller: the inner lambda reads the outer one's x.
    return items.select(
        "id",
        F.transform("scores", lambda x: F.size(F.filter("scores", lambda y: y < x))).alias("smaller"),
        F.transform("tags", lambda t: F.concat(t, F.col("info.color"))).alias("tag_color"),
    )
