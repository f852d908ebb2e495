from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(1, {"a": 3, "b": 1, "c": 2}), (2, {})], "id INT, m MAP<STRING, INT>")
    by_value = F.array_sort(F.map_entries("m"), lambda l, r: F.when(l.value < r.value, -1).when(l.value > r.value, 1).otherwise(0))
    return df.select("id", F.transform(by_value, lambda e: e.key).alias("keys_by_value"))
