# data: orders.json
def solve(orders):
    return orders.select("zzzzzzzzzz_qqq")
