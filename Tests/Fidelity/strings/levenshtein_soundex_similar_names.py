from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [("Robert", "Rupert"), ("kitten", "sitting"), ("Smith", "Smyth"), ("", "abc"), (None, "x"), ("Ashcraft", "Tymczak")],
        ["a", "b"],
    )
    return df.select(
        "a", "b",
        F.levenshtein("a", "b").alias("dist"),
        F.soundex("a").alias("sa"),
        F.soundex("b").alias("sb"),
        (F.soundex("a") == F.soundex("b")).alias("sounds_alike"),
    )
