# Known wrong: sum(amount) is null for a day whose amounts are all null.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(sales: DataFrame) -> DataFrame:
    daily = (
        sales.where(F.col("store_id").isNotNull() & F.col("sale_date").isNotNull())
        .groupBy("store_id", "sale_date")
        .agg(F.sum("amount").alias("day_revenue"))
    )
    running = (
        Window.partitionBy("store_id")
        .orderBy("sale_date")
        .rowsBetween(Window.unboundedPreceding, Window.currentRow)
    )
    return daily.withColumn("cumulative_revenue", F.sum("day_revenue").over(running))
