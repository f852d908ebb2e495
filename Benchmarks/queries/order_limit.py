# The 100 largest transactions (ties broken by txn_id).
from pyspark.sql import functions as F

TRANSACTIONS = "txn_id BIGINT, user_id INT, amount DOUBLE, txn_date DATE"


def solve(spark):
    transactions = spark.read.csv("transactions.csv", header=True, schema=TRANSACTIONS)
    return transactions.orderBy(F.col("amount").desc(), F.col("txn_id")).limit(100)
