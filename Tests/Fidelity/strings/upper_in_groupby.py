# data: words.json
from pyspark.sql import functions as F


def solve(lines):
    words = lines.select(F.explode(F.split(F.lower("text"), " +")).alias("word"))
    return words.filter(F.col("word") != "").groupBy("word").count()
