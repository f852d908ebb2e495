# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    kept = items.filter(F.exists("scores", lambda x: x > 2))
    keyed = kept.withColumn("n_tags", F.size(F.filter("tags", lambda t: t.isNotNull())))
    return keyed.groupBy("n_tags").agg(
        F.sum(F.aggregate("scores", F.lit(0), lambda acc, x: acc + F.coalesce(x, F.lit(0)))).alias("total"),
        F.collect_list(F.transform("tags", lambda t, i: F.concat(t, F.lit("#"), i.cast("string")))).alias("labels"),
    )
