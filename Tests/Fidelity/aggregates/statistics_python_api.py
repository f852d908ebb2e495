# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    clean = nums.where(F.col("x").isNotNull() & ~F.isnan("x") & (F.abs("x") < 100))
    return clean.agg(F.round(F.corr("a", "b"), 8).alias("corr"), F.round(F.skewness("b"), 8).alias("skew"),
                     F.round(F.kurtosis("b"), 8).alias("kurt"), F.round(F.covar_samp("b", "x"), 8).alias("cov"))
