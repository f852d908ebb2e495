# data: salaries.json

from pyspark.sql import functions as F


def solve(salaries):
    return salaries.groupBy("dept").agg(
        F.max(F.col("salary") > 100).alias("any_above_100"),
        F.min(F.col("salary").isNotNull()).alias("all_known"),
        F.expr("bool_and(salary >= 90)").alias("all_at_least_90"),
        F.sum(F.when(F.col("salary").isNull(), 1).otherwise(0)).alias("missing"),
    )
