# data: sales.json


def solve(sales):
    return sales.groupBy().pivot("quarter", ["Q1", "Q2"]).sum("amount")
