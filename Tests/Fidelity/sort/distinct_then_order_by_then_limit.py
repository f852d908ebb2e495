# ordered: true
# data: sales.json

def solve(sales):
    return sales.select("region", "product").distinct().orderBy("region", "product").limit(4)
