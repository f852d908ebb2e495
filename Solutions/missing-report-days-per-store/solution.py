from pyspark.sql import DataFrame, functions as F


def solve(reports: DataFrame) -> DataFrame:
    days = reports.where(F.col("store_id").isNotNull() & F.col("report_date").isNotNull()).select(
        "store_id", F.col("report_date").alias("missing_date")
    )
    expected = (
        days.groupBy("store_id")
        .agg(F.min("missing_date").alias("first_day"), F.max("missing_date").alias("last_day"))
        .select("store_id", F.explode(F.sequence("first_day", "last_day")).alias("missing_date"))
    )
    return expected.join(days, ["store_id", "missing_date"], "left_anti")
