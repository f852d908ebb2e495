# Known wrong: pieces are grouped as typed, without trim() and lower().
from pyspark.sql import DataFrame, functions as F


def solve(articles: DataFrame) -> DataFrame:
    pieces = articles.select("article_id", F.explode(F.split("tags", ",")).alias("tag"))
    return (
        pieces.where(F.col("tag") != "")
        .groupBy("tag")
        .agg(F.countDistinct("article_id").alias("articles"))
        .orderBy(F.desc("articles"), F.asc("tag"))
    )
