# data: sales.json
def solve(sales):
    a = sales.groupBy("region", "year").sum("amount")
    b = sales.groupBy("region", "year").count()
    return a.join(b, ["region", "year"])
