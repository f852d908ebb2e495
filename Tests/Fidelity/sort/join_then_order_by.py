# data: orders.json
# ordered: true

def solve(customers, orders):
    return orders.join(customers, "customer_id").orderBy("order_id").select("order_id", "name")
