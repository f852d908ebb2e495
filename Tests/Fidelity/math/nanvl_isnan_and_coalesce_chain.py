# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(
        "id",
        F.nanvl("x", F.lit(-1.0)).alias("no_nan"),
        F.isnan("x").alias("is_nan"),
        F.coalesce(F.col("x"), F.col("a").cast("double"), F.lit(0.0)).alias("first_value"),
        F.when(F.isnan("x") | F.col("x").isNull(), "bad").otherwise("ok").alias("quality"),
    )
