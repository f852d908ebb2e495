# Known wrong: concat_ws() skips nulls but keeps blank parts and the spaces around parts.
from pyspark.sql import DataFrame, functions as F


def solve(customers: DataFrame) -> DataFrame:
    return customers.select(
        "customer_id",
        F.concat_ws(" ", "first_name", "middle_name", "last_name").alias("display_name"),
    )
