# Known wrong: without partitionBy the running total adds up every store together.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(sales: DataFrame) -> DataFrame:
    daily = (
        sales.where(F.col("store_id").isNotNull() & F.col("sale_date").isNotNull())
        .groupBy("store_id", "sale_date")
        .agg(F.sum(F.coalesce(F.col("amount"), F.lit(0))).alias("day_revenue"))
    )
    running = Window.orderBy("sale_date", "store_id").rowsBetween(Window.unboundedPreceding, Window.currentRow)
    return daily.withColumn("cumulative_revenue", F.sum("day_revenue").over(running))
