# data: orders.json
# ordered: true

from pyspark.sql import functions as F


def solve(orders):
    a = orders.where(F.col("status") == "shipped").select("order_id", "amount")
    b = orders.where(F.col("status") == "pending").select("order_id", "amount")
    return a.unionAll(b).orderBy(["amount", "order_id"], ascending=[False, True]).limit(4)
