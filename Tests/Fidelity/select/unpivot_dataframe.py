# data: sales.json

def solve(sales):
    return sales.unpivot(["region", "product"], ["year", "amount"], "metric", "value")
