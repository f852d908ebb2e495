# Known wrong: only the ISO format is parsed, so the dd/MM/yyyy sign-ups are lost.
from pyspark.sql import DataFrame, functions as F


def solve(signups: DataFrame) -> DataFrame:
    signup_date = F.try_to_date("signed_up", "yyyy-MM-dd")
    return (
        signups.select(F.date_format(signup_date, "yyyy-MM").alias("month"))
        .where(F.col("month").isNotNull())
        .groupBy("month")
        .agg(F.count("*").alias("signups"))
    )
