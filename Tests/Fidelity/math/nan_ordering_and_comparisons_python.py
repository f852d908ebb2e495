# ordered: true

from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(1, float("nan")), (2, float("inf")), (3, -1.0), (4, None), (5, float("-inf"))], "id INT, x DOUBLE")
    return df.select(
        "id",
        "x",
        (F.col("x") == float("nan")).alias("eq_nan"),
        (F.col("x") > 1e308).alias("gt_huge"),
        F.isnan("x").alias("is_nan"),
    ).orderBy(F.col("x").desc_nulls_last())
