# Plan rule: right rows, but without broadcast() both sides are shuffled by currency.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(payments: DataFrame, fx_rates: DataFrame) -> DataFrame:
    p = payments.alias("p")
    r = fx_rates.alias("r")
    usable = (F.col("p.currency") == F.col("r.currency")) & F.col("r.rate_date").between(
        F.date_sub(F.col("p.paid_on"), 7), F.col("p.paid_on")
    )
    latest_first = Window.partitionBy("p.payment_id").orderBy(F.col("r.rate_date").desc())
    best = (
        p.join(r, usable, "left")
        .withColumn("rn", F.row_number().over(latest_first))
        .where(F.col("rn") == 1)
    )
    amount_usd = (
        F.when(F.col("p.currency") == "USD", F.col("p.amount"))
        .otherwise(F.round(F.col("p.amount") * F.col("r.usd_per_unit"), 2))
    )
    return best.select("p.payment_id", "p.paid_on", "p.currency", amount_usd.alias("amount_usd"))
