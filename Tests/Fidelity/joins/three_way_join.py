# data: orders.json

def solve(customers, orders):
    cities = customers.select("city").distinct().withColumnRenamed("city", "c")
    return orders.join(customers, "customer_id").join(cities, customers.city == cities.c).select("order_id", "c")
