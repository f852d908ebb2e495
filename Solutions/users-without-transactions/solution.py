from pyspark.sql import DataFrame


def solve(users: DataFrame, transactions: DataFrame) -> DataFrame:
    return users.join(transactions, "user_id", "left_anti").select("user_id", "name")
