# Known wrong: the inner join drops payments without a usable rate (and every USD payment).
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(payments: DataFrame, fx_rates: DataFrame) -> DataFrame:
    p = payments.alias("p")
    r = F.broadcast(fx_rates).alias("r")
    usable = (F.col("p.currency") == F.col("r.currency")) & F.col("r.rate_date").between(
        F.date_sub(F.col("p.paid_on"), 7), F.col("p.paid_on")
    )
    latest_first = Window.partitionBy("p.payment_id").orderBy(F.col("r.rate_date").desc())
    best = p.join(r, usable).withColumn("rn", F.row_number().over(latest_first)).where(F.col("rn") == 1)
    return best.select(
        "p.payment_id",
        "p.paid_on",
        "p.currency",
        F.round(F.col("p.amount") * F.col("r.usd_per_unit"), 2).alias("amount_usd"),
    )
