# data: arrays.json

from pyspark.sql import functions as F


def solve(items):
    return items.select(
        "id",
        F.expr("transform(scores, s -> s * 2)").alias("doubled"),
        F.expr("CASE WHEN size(tags) > 2 THEN 'many' ELSE 'few' END").alias("kind"),
        F.expr("filter(tags, t -> t IS NOT NULL)"),
    )
