from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(1, '[{"sku": "a", "qty": 2}, {"sku": "b", "qty": 1}]'), (2, '[]'), (3, None),
                                (4, '[{"sku": "c"}]')], ["order_id", "lines"])
    parsed = df.select("order_id", F.from_json("lines", "array<struct<sku:string,qty:int>>").alias("items"))
    return parsed.select("order_id", F.explode_outer("items").alias("item")).select("order_id", "item.sku", "item.qty")
