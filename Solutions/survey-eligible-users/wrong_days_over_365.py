# Known wrong: datediff / 365 ignores leap days and counts a year too early.
from pyspark.sql import DataFrame, functions as F


def solve(users: DataFrame) -> DataFrame:
    as_of = F.lit("2025-06-30").cast("date")
    age = F.floor(F.datediff(as_of, F.col("birth_date")) / 365).cast("int")
    return users.select("user_id", "name", "country", age.alias("age")).where(
        (F.col("age") >= 18) & ~F.col("country").eqNullSafe("India")
    )
