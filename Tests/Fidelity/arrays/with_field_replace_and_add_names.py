from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(1, (1, "a")), (2, None), (3, (None, "c"))], "id INT, s STRUCT<n: INT, t: STRING>")
    return df.select(
        "id",
        F.col("s").withField("n", F.lit(5)),
        F.col("s").dropFields("t"),
        F.col("s").withField("N", F.col("id")),
        F.col("s").withField("z", F.lit("q")).dropFields("n"),
        F.col("s").dropFields("missing"),
    )
