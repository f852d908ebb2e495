from pyspark.sql import DataFrame, functions as F

SALTS = 16


def solve(orders: DataFrame, sellers: DataFrame) -> DataFrame:
    # Spread every seller's orders over SALTS sub-keys; give each seller row every sub-key.
    salted_orders = orders.withColumn("salt", F.pmod(F.col("order_id"), F.lit(SALTS)).cast("int"))
    salted_sellers = sellers.withColumn("salt", F.explode(F.sequence(F.lit(0), F.lit(SALTS - 1))))
    return (
        salted_orders.join(salted_sellers, ["seller_id", "salt"])
        .groupBy("tier")
        .agg(
            F.count("*").alias("orders"),
            F.countDistinct("customer_id").alias("customers"),
        )
    )
