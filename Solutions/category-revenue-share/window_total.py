# Also right, and the cheapest plan: aggregate once (the null category included), then take
# the total over the few aggregated rows with a window that has no partitioning.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(sales: DataFrame) -> DataFrame:
    per_category = (
        sales.where(F.col("status") == "completed")
        .groupBy("category")
        .agg(F.sum("amount").alias("revenue"))
    )
    everything = Window.partitionBy()
    return (
        per_category.withColumn("share", F.col("revenue") / F.sum("revenue").over(everything))
        .where(F.col("category").isNotNull())
    )
