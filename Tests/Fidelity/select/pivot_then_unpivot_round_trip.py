# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    wide = sales.groupBy("region").pivot("quarter", ["Q1", "Q2", "Q3"]).agg(F.sum("amount"))
    return wide.unpivot("region", ["Q1", "Q2", "Q3"], "quarter", "total").filter(F.col("total").isNotNull())
