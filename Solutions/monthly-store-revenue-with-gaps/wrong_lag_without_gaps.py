# Known wrong: lag over the months that have sales skips the months without sales.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(stores: DataFrame, sales: DataFrame) -> DataFrame:
    valid = sales.join(stores, "store_id", "left_semi").where(F.col("sold_at").isNotNull())
    monthly = valid.groupBy("store_id", F.trunc(F.to_date("sold_at"), "month").alias("month")).agg(
        F.coalesce(F.sum("amount_cents"), F.lit(0)).alias("revenue_cents")
    )
    prev = F.lag("revenue_cents").over(Window.partitionBy("store_id").orderBy("month"))
    return (
        monthly.withColumn("prev_revenue_cents", prev)
        .withColumn(
            "mom_change_pct",
            F.when(
                F.col("prev_revenue_cents") != 0,
                (F.col("revenue_cents") - F.col("prev_revenue_cents")) / F.col("prev_revenue_cents") * 100,
            ),
        )
        .orderBy("store_id", "month")
    )
