# data: documents.json
# ordered: true

from pyspark.sql import functions as F


def solve(documents):
    words = documents.select(F.explode(F.split(F.lower(F.regexp_replace("body", r"[^A-Za-z ]", "")), " ")).alias("word"))
    return (words.where(F.col("word") != "")
            .groupBy("word").count()
            .orderBy(F.desc("count"), "word")
            .limit(5))
