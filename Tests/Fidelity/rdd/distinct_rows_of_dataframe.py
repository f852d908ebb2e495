# Rows are tuples: equal rows are one key.
# data: orders.json
def solve(orders):
    return orders.rdd.union(orders.rdd).distinct().map(lambda r: (r.order_id, r.status))
