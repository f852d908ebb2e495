# Known wrong: after a left join, a null amount does not mean "no transaction".
from pyspark.sql import DataFrame, functions as F


def solve(users: DataFrame, transactions: DataFrame) -> DataFrame:
    joined = users.join(transactions.select("user_id", "amount"), "user_id", "left")
    return joined.where(F.col("amount").isNull()).select("user_id", "name").distinct()
