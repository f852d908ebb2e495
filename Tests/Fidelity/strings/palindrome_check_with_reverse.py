from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("Level",), ("spark",), ("A man a plan a canal Panama",), ("",), (None,)], ["s"])
    cleaned = F.lower(F.regexp_replace("s", " ", ""))
    return df.select("s", F.reverse("s").alias("rev"), (cleaned == F.reverse(cleaned)).alias("palindrome"),
                     F.repeat(F.coalesce("s", F.lit("?")), 2).alias("twice"))
