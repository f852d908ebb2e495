from pyspark.sql import functions as F


def solve(spark):
    purchases = spark.createDataFrame(
        [(1, "a"), (1, "b"), (1, "c"), (2, "a"), (2, "a"), (3, "a"), (3, "b"), (3, "c"), (3, "c"), (4, "d")],
        ["customer", "product"])
    products = spark.createDataFrame([("a",), ("b",), ("c",)], ["product"])
    total = products.count()
    return (purchases.join(products, "product")
            .groupBy("customer")
            .agg(F.countDistinct("product").alias("n"))
            .where(F.col("n") == total))
