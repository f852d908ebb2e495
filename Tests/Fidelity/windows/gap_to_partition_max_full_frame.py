# data: scores.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(scores):
    w = Window.partitionBy("subject").orderBy("score").rowsBetween(Window.unboundedPreceding, Window.unboundedFollowing)
    return scores.select("student", "subject", "score", (F.max("score").over(w) - F.col("score")).alias("behind_top"))
