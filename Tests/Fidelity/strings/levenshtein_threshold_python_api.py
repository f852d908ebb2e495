from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [(1, "kitten", "sitting"), (2, "flaw", "lawn"), (3, "same", "same"), (4, None, "x"), (5, "", "abc")],
        "id INT, a STRING, b STRING",
    )
    return df.select(
        "id",
        F.levenshtein("a", "b").alias("dist"),
        F.levenshtein("a", "b", 2).alias("within_2"),
        F.levenshtein("a", "b", 0).alias("within_0"),
    )
