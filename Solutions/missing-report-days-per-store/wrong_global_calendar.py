# Known wrong: one calendar for all stores reports days before a store's first report.
from pyspark.sql import DataFrame, functions as F


def solve(reports: DataFrame) -> DataFrame:
    days = reports.where(F.col("store_id").isNotNull() & F.col("report_date").isNotNull()).select(
        "store_id", F.col("report_date").alias("missing_date")
    )
    calendar = days.agg(F.min("missing_date").alias("first_day"), F.max("missing_date").alias("last_day")).select(
        F.explode(F.sequence("first_day", "last_day")).alias("missing_date")
    )
    stores = days.select("store_id").distinct()
    return stores.crossJoin(calendar).join(days, ["store_id", "missing_date"], "left_anti")
