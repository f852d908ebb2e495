# data: orders.json

def solve(customers, orders):
    names = customers.rdd.map(lambda r: (r.customer_id, r.name))
    counts = orders.rdd.map(lambda r: (r.customer_id, 1)).reduceByKey(lambda a, b: a + b)
    return names.leftOuterJoin(counts)
