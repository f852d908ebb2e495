from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(stores: DataFrame, sales: DataFrame) -> DataFrame:
    valid = sales.join(stores, "store_id", "left_semi").where(F.col("sold_at").isNotNull())
    monthly = valid.groupBy("store_id", F.trunc(F.to_date("sold_at"), "month").alias("month")).agg(
        F.sum("amount_cents").alias("revenue")
    )
    bounds = monthly.agg(F.min("month").alias("first"), F.max("month").alias("last"))
    months = bounds.select(
        F.explode(F.sequence(F.lit(0), F.months_between("last", "first").cast("int"))).alias("n"), "first"
    ).select(F.add_months("first", F.col("n")).alias("month"))
    filled = (
        stores.select("store_id")
        .crossJoin(months)
        .join(monthly, ["store_id", "month"], "left")
        .select("store_id", "month", F.coalesce("revenue", F.lit(0)).alias("revenue_cents"))
    )
    prev = F.lag("revenue_cents").over(Window.partitionBy("store_id").orderBy("month"))
    return (
        filled.withColumn("prev_revenue_cents", prev)
        .withColumn(
            "mom_change_pct",
            F.when(
                F.col("prev_revenue_cents") != 0,
                (F.col("revenue_cents") - F.col("prev_revenue_cents")) / F.col("prev_revenue_cents") * 100,
            ),
        )
        .orderBy("store_id", "month")
    )
