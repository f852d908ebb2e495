# data: orders.json
def solve(customers, orders):
    left = orders.hint("shuffle_hash").join(customers, "customer_id", "left")
    full = customers.join(orders.hint("shuffle_hash"), "customer_id", "full")
    return (left.select("customer_id", "order_id", "name")
            .union(full.select("customer_id", "order_id", "name")))
