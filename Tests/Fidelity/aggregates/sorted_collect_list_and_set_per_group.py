# data: scores.json

from pyspark.sql import functions as F


def solve(scores):
    return scores.groupBy("subject").agg(
        F.sort_array(F.collect_list("score")).alias("scores"),
        F.sort_array(F.collect_set("student"), asc=False).alias("students"),
        F.count_distinct("score").alias("distinct_scores"),
        F.sum_distinct("score").alias("sum_distinct"),
    )
