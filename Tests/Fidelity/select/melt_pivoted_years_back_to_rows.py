# data: sales.json

from pyspark.sql import functions as F


def solve(sales):
    wide = sales.groupBy("region", "product").pivot("year", [2023, 2024]).agg(F.sum("amount"))
    return wide.melt(ids=["region", "product"], values=["2023", "2024"], variableColumnName="year", valueColumnName="total")
