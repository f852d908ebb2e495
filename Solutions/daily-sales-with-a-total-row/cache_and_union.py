# Also right: cache the filtered rows, aggregate them twice, and union the two results. The
# global aggregate returns one row even for no input, so that case needs a filter.
from pyspark.sql import DataFrame, functions as F


def solve(sales: DataFrame) -> DataFrame:
    dated = sales.where(F.col("sale_date").isNotNull()).cache()
    per_day = dated.groupBy("sale_date").agg(F.count("*").alias("sales"), F.sum("amount").alias("revenue"))
    total = (
        dated.agg(F.count("*").alias("sales"), F.sum("amount").alias("revenue"))
        .where(F.col("sales") > 0)
        .select(F.lit(None).cast("date").alias("sale_date"), "sales", "revenue")
    )
    return per_day.unionByName(total)
