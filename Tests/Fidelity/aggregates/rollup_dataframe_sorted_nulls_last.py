# data: sales.json
# ordered: true

from pyspark.sql import functions as F


def solve(sales):
    return (sales.rollup("region", "year").agg(F.sum("amount").alias("total"), F.count("amount").alias("n"))
            .orderBy(F.col("region").asc_nulls_last(), F.col("year").asc_nulls_last()))
