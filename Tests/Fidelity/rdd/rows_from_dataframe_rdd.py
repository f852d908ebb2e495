# data: orders.json
def solve(orders):
    return orders.rdd.filter(lambda r: r.status == "pending")
