# data: scores.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(scores):
    w = Window.partitionBy("subject").orderBy(F.desc("score"))
    ranked = scores.withColumn("r", F.dense_rank().over(w))
    return ranked.groupBy("r").agg(F.count("*").alias("n"), F.collect_list("student").alias("who"))
