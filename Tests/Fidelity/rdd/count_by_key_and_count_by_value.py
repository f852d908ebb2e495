# data: orders.json

def solve(sc, orders):
    by_status = orders.rdd.map(lambda r: (r.status, r.amount)).countByKey()
    by_value = orders.rdd.map(lambda r: r.customer_id).countByValue()
    out = [("status", k, v) for k, v in by_status.items()] + [("customer", str(k), v) for k, v in by_value.items()]
    return sc.parallelize(out)
