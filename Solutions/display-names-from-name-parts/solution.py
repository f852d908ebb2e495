from pyspark.sql import Column, DataFrame, functions as F


def part(name: str) -> Column:
    return F.nullif(F.trim(F.col(name)), F.lit(""))


def solve(customers: DataFrame) -> DataFrame:
    return customers.select(
        "customer_id",
        F.concat_ws(" ", part("first_name"), part("middle_name"), part("last_name")).alias("display_name"),
    )
