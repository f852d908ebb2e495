# The three largest transactions of every user (ties broken by txn_id), numbered with row_number.
from pyspark.sql import functions as F
from pyspark.sql.window import Window

TRANSACTIONS = "txn_id BIGINT, user_id INT, amount DOUBLE, txn_date DATE"


def solve(spark):
    transactions = spark.read.csv("transactions.csv", header=True, schema=TRANSACTIONS)
    by_amount = Window.partitionBy("user_id").orderBy(F.col("amount").desc(), F.col("txn_id"))
    return (
        transactions.withColumn("rn", F.row_number().over(by_amount))
        .where(F.col("rn") <= 3)
        .select("user_id", "rn", "txn_id", "amount")
    )
