# data: sales.json

def solve(sales):
    return sales.select("region", "product").distinct().groupBy("region").count()
