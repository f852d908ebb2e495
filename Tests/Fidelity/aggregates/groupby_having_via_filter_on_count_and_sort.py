# data: events.json
# ordered: true

from pyspark.sql import functions as F


def solve(events):
    return (events.groupBy("page").agg(F.countDistinct("user_id").alias("users"), F.count("*").alias("hits"))
            .filter((F.col("users") >= 2) & F.col("page").isNotNull())
            .orderBy(F.desc("hits"), "page"))
