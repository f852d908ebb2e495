from pyspark.sql import functions as F


def solve(spark):
    views = spark.createDataFrame(
        [("u1", "a"), ("u1", "b"), ("u1", "a"), ("u1", "c"), ("u1", "c"), ("u1", "c"), ("u2", "z"), ("u2", "y")],
        ["user", "item"],
    )
    counts = views.groupBy("user", "item").count()
    ranked = counts.groupBy("user").agg(F.sort_array(F.collect_list(F.struct((-F.col("count")).alias("neg"), "item"))).alias("s"))
    return ranked.select("user", F.transform(F.slice("s", 1, 2), lambda x: x["item"]).alias("top2"))
