# data: orders.json


def solve(spark, orders):
    return spark.sql("SELECT order_id, amount FROM orders WHERE status = ? AND amount BETWEEN ? AND ?",
                     args=["shipped", 50, 260.5])
