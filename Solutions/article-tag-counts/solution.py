from pyspark.sql import DataFrame, functions as F


def solve(articles: DataFrame) -> DataFrame:
    pieces = articles.select("article_id", F.explode(F.split("tags", ",")).alias("piece"))
    tags = pieces.select("article_id", F.lower(F.trim("piece")).alias("tag")).where(F.col("tag") != "")
    return (
        tags.groupBy("tag")
        .agg(F.countDistinct("article_id").alias("articles"))
        .orderBy(F.desc("articles"), F.asc("tag"))
    )
