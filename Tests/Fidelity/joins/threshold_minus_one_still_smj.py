# data: orders.json
# conf: spark.sql.autoBroadcastJoinThreshold=-1
def solve(customers, orders):
    return orders.join(customers, "customer_id").select("order_id", "name")
