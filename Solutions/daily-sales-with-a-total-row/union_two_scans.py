# Known plan problem: right rows, but each side of the union reads the sales table again.
from pyspark.sql import DataFrame, functions as F


def solve(sales: DataFrame) -> DataFrame:
    dated = sales.where(F.col("sale_date").isNotNull())
    per_day = dated.groupBy("sale_date").agg(F.count("*").alias("sales"), F.sum("amount").alias("revenue"))
    total = (
        dated.agg(F.count("*").alias("sales"), F.sum("amount").alias("revenue"))
        .where(F.col("sales") > 0)
        .select(F.lit(None).cast("date").alias("sale_date"), "sales", "revenue")
    )
    return per_day.unionByName(total)
