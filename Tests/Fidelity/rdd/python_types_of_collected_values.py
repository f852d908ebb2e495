# data: orders.json

def solve(spark, orders):
    r = orders.orderBy("order_id").first()
    out = [(k, type(v).__name__, str(v)) for k, v in r.asDict().items()]
    return spark.createDataFrame(out, "field STRING, python_type STRING, text STRING")
