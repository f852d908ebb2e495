# data: sales.json


def solve(sales):
    return sales.groupBy("region", "year").pivot("quarter").sum("amount")
