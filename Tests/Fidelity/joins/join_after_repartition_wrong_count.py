# data: orders.json

def solve(customers, orders):
    return orders.repartition(8, "customer_id").join(customers, "customer_id").select("order_id", "name")
