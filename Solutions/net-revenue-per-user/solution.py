from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame, refunds: DataFrame) -> DataFrame:
    movements = orders.select(
        "user_id", F.col("amount").alias("gross"), F.lit(None).cast("int").alias("refunded")
    ).unionByName(
        refunds.select("user_id", F.lit(None).cast("int").alias("gross"), F.col("amount").alias("refunded"))
    )
    return (
        movements.where(F.col("user_id").isNotNull())
        .groupBy("user_id")
        .agg(
            F.coalesce(F.sum("gross"), F.lit(0)).alias("gross"),
            F.coalesce(F.sum("refunded"), F.lit(0)).alias("refunded"),
        )
        .withColumn("net", F.col("gross") - F.col("refunded"))
    )
