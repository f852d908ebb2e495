# data: orders.json


def solve(spark, orders):
    spark.sql("CREATE OR REPLACE TEMP VIEW big_orders AS SELECT * FROM orders WHERE amount >= 100")
    return spark.sql("SELECT customer_id, count(*) AS n FROM big_orders GROUP BY customer_id")
