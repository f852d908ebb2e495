# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    wide = sales.groupBy("product").pivot("year").agg(F.sum("amount"))
    return wide.selectExpr("product", "stack(2, '2023', `2023`, '2024', `2024`) as (year, amount)")
