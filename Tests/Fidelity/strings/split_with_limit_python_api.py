from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("a,b,c,d",), ("x",), ("",), (",lead,trail,",), (None,)], ["s"])
    return df.select(
        "s",
        F.split("s", ",", 2).alias("two"),
        F.split("s", ",", -1).alias("all"),
        F.split("s", ",", 1).alias("one"),
        F.size(F.split("s", ",")).alias("n"),
    )
