# Second-half purchases of at least 50 by users aged 25 to 40: count and total per country,
# largest total first.
from pyspark.sql import functions as F

USERS = "user_id INT, name STRING, country STRING, age INT, salary INT"
TRANSACTIONS = "txn_id BIGINT, user_id INT, amount DOUBLE, txn_date DATE"


def solve(spark):
    users = spark.read.csv("users.csv", header=True, schema=USERS)
    transactions = spark.read.csv("transactions.csv", header=True, schema=TRANSACTIONS)
    large = transactions.where((F.col("amount") >= 50) & (F.col("txn_date") >= F.to_date(F.lit("2024-07-01"))))
    adults = users.where(F.col("age").between(25, 40))
    return (
        large.join(adults, "user_id")
        .groupBy("country")
        .agg(F.count("*").alias("txn_count"), F.sum("amount").alias("total_amount"))
        .orderBy(F.col("total_amount").desc(), F.col("country"))
    )
