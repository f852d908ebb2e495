from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("Robert",), ("Rupert",), ("Tymczak",), ("Pfister",), ("",), ("123",), (None,), ("Ashcraft",)], "n STRING")
    return df.select("n", F.soundex("n").alias("code"))
