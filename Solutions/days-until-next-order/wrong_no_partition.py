# Known wrong: without partitionBy the next order can be another customer's.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(orders: DataFrame) -> DataFrame:
    in_order = Window.orderBy("order_date", "order_id")
    return (
        orders.where(F.col("customer_id").isNotNull() & F.col("order_date").isNotNull())
        .select(
            "customer_id",
            "order_id",
            "order_date",
            F.lead("order_date").over(in_order).alias("next_order_date"),
        )
        .withColumn("days_until_next", F.datediff("next_order_date", "order_date"))
    )
