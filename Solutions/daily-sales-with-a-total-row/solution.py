from pyspark.sql import DataFrame, functions as F


def solve(sales: DataFrame) -> DataFrame:
    return (
        sales.where(F.col("sale_date").isNotNull())
        .rollup("sale_date")
        .agg(F.count("*").alias("sales"), F.sum("amount").alias("revenue"))
    )
