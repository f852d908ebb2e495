# How many different users bought something on each date.
from pyspark.sql import functions as F

TRANSACTIONS = "txn_id BIGINT, user_id INT, amount DOUBLE, txn_date DATE"


def solve(spark):
    transactions = spark.read.csv("transactions.csv", header=True, schema=TRANSACTIONS)
    return transactions.groupBy("txn_date").agg(F.countDistinct("user_id").alias("distinct_users"))
