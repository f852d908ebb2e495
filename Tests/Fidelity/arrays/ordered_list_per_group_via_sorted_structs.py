# data: orders.json

from pyspark.sql import functions as F


def solve(orders):
    grouped = orders.groupBy("customer_id").agg(F.sort_array(F.collect_list(F.struct("order_date", "amount"))).alias("items"))
    return grouped.select("customer_id", F.transform("items", lambda x: x["amount"]).alias("amounts_in_order"),
                          F.element_at("items", -1)["order_date"].alias("last_date"))
