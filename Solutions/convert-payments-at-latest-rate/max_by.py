from pyspark.sql import DataFrame, functions as F


def solve(payments: DataFrame, fx_rates: DataFrame) -> DataFrame:
    usable = (payments.currency == fx_rates.currency) & fx_rates.rate_date.between(
        F.date_sub(payments.paid_on, 7), payments.paid_on
    )
    latest = (
        payments.join(F.broadcast(fx_rates), usable, "left")
        .groupBy(payments.payment_id, payments.paid_on, payments.currency, payments.amount)
        .agg(F.max_by(fx_rates.usd_per_unit, fx_rates.rate_date).alias("usd_per_unit"))
    )
    amount_usd = (
        F.when(F.col("currency") == "USD", F.col("amount"))
        .otherwise(F.round(F.col("amount") * F.col("usd_per_unit"), 2))
    )
    return latest.select("payment_id", "paid_on", "currency", amount_usd.alias("amount_usd"))
