from pyspark.sql import DataFrame, functions as F

QUARTERS = ["q1", "q2", "q3", "q4"]


def solve(sales: DataFrame) -> DataFrame:
    return (
        sales.where(F.col("region").isNotNull() & F.col("sale_date").isNotNull())
        .withColumn("quarter", F.concat(F.lit("q"), F.quarter("sale_date")))
        .groupBy("region")
        .pivot("quarter", QUARTERS)
        .agg(F.sum(F.coalesce(F.col("amount"), F.lit(0))))
    )
