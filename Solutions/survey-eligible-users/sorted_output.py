# Plan rule: the rows are right, but orderBy adds a shuffle the problem does not need.
from pyspark.sql import DataFrame, functions as F


def solve(users: DataFrame) -> DataFrame:
    as_of = F.lit("2025-06-30").cast("date")
    age = F.floor(F.months_between(as_of, F.col("birth_date")) / 12).cast("int")
    return (
        users.select("user_id", "name", "country", age.alias("age"))
        .where((F.col("age") >= 18) & ~F.col("country").eqNullSafe("India"))
        .orderBy("user_id")
    )
