# Known wrong: without the filter, the sales without a date form a group whose sale_date is
# null as well, indistinguishable from the total row, and they inflate the total.
from pyspark.sql import DataFrame, functions as F


def solve(sales: DataFrame) -> DataFrame:
    return sales.rollup("sale_date").agg(F.count("*").alias("sales"), F.sum("amount").alias("revenue"))
