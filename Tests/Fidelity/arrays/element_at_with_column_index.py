from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(["a", "b", "c"], 2), (["x"], 1), (["p", "q"], -1)], ["letters", "n"])
    return df.select("letters", "n", F.element_at("letters", F.col("n")).alias("picked"), F.col("letters")[F.col("n") - 1].alias("zero_based"))
