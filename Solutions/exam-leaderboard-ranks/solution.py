from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(scores: DataFrame) -> DataFrame:
    best_first = Window.partitionBy("exam").orderBy(F.col("score").desc())
    return (
        scores.where(F.col("exam").isNotNull())
        .withColumn("place", F.when(F.col("score").isNotNull(), F.rank().over(best_first)))
        .select("exam", "place", "student_id", "name", "score")
        .orderBy("exam", F.col("place").asc_nulls_last(), "student_id")
    )
