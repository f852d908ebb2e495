# data: orders.json

def solve(customers, orders):
    return orders.join(customers, "customer_id").filter("city = 'Pune' AND amount > 50")
