# data: orders.json

def solve(customers, orders):
    buyers = orders.select("customer_id").distinct()
    return customers.join(buyers, "customer_id", "left_semi")
