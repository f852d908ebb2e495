# data: orders.json


def solve(spark, orders):
    return spark.sql("SELECT * FROM orders WHERE amount > :floor", args={"ceiling": 10})
