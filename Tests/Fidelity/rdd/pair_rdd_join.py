# data: orders.json

def solve(customers, orders):
    names = customers.rdd.map(lambda r: (r.customer_id, r.name))
    amounts = orders.rdd.map(lambda r: (r.customer_id, float(r.amount)))
    return names.join(amounts)
