# data: orders.json

from pyspark.sql import functions as F


def solve(spark, orders):
    months = spark.sql("SELECT explode(sequence(DATE'2024-01-01', DATE'2024-05-01', INTERVAL 1 MONTH)) AS month")
    totals = orders.groupBy(F.trunc("order_date", "month").alias("month")).agg(F.sum("amount").alias("revenue"))
    return months.join(totals, "month", "left").fillna(0, ["revenue"]).orderBy("month")
