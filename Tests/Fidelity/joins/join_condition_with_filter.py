# data: orders.json

def solve(customers, orders):
    return customers.join(orders, (customers.customer_id == orders.customer_id) & (orders.amount > 100), "left").select(customers.name, orders.order_id)
