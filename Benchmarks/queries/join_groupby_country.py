# Join transactions with users, then count, sum and average the amounts per country.
from pyspark.sql import functions as F

USERS = "user_id INT, name STRING, country STRING, age INT, salary INT"
TRANSACTIONS = "txn_id BIGINT, user_id INT, amount DOUBLE, txn_date DATE"


def solve(spark):
    users = spark.read.csv("users.csv", header=True, schema=USERS)
    transactions = spark.read.csv("transactions.csv", header=True, schema=TRANSACTIONS)
    return (
        transactions.join(users, "user_id")
        .groupBy("country")
        .agg(
            F.count("*").alias("txn_count"),
            F.sum("amount").alias("total_amount"),
            F.avg("amount").alias("avg_amount"),
        )
    )
