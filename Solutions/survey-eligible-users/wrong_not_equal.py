# Known wrong: country != 'India' is null for a null country, so those users are dropped.
from pyspark.sql import DataFrame, functions as F


def solve(users: DataFrame) -> DataFrame:
    as_of = F.lit("2025-06-30").cast("date")
    age = F.floor(F.months_between(as_of, F.col("birth_date")) / 12).cast("int")
    return users.select("user_id", "name", "country", age.alias("age")).where(
        (F.col("age") >= 18) & (F.col("country") != "India")
    )
