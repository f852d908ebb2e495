# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    per = sales.groupBy("region", "quarter").agg(F.sum("amount").alias("total"))
    return per.groupBy("region").agg(F.map_from_entries(F.array_sort(F.collect_list(F.struct("quarter", "total")))).alias("by_quarter"))
