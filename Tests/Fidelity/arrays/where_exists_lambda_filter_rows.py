# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.where(F.exists("tags", lambda t: t == "a") | F.forall("scores", lambda s: s > 4)).select("id", "tags", "scores")
