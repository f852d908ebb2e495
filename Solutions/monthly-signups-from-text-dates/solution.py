from pyspark.sql import DataFrame, functions as F


def solve(signups: DataFrame) -> DataFrame:
    signup_date = F.coalesce(
        F.try_to_date("signed_up", "yyyy-MM-dd"),
        F.try_to_date("signed_up", "dd/MM/yyyy"),
    )
    return (
        signups.select(F.date_format(signup_date, "yyyy-MM").alias("month"))
        .where(F.col("month").isNotNull())
        .groupBy("month")
        .agg(F.count("*").alias("signups"))
    )
