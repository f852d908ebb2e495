# data: sales.json
def solve(sales):
    return sales.groupBy("product").pivot("year").sum("amount")
