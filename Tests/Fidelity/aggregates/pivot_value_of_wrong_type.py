# data: sales.json


def solve(sales):
    return sales.groupBy("region").pivot("year", ["x"]).sum("amount")
