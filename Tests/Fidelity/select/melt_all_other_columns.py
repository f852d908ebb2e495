# data: sales.json

def solve(sales):
    return sales.select("region", "year", "amount").melt("region", None, "metric", "value")
