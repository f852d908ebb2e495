from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [(1, {"a": (2, 3.0), "b": (1, 10.0)}), (2, {})],
        "id INT, basket MAP<STRING, STRUCT<qty: INT, price: DOUBLE>>",
    )
    return df.select(
        "id",
        F.transform_values("basket", lambda k, v: v.qty * v.price).alias("line_totals"),
        F.aggregate(F.map_values("basket"), F.lit(0.0), lambda acc, v: acc + v.qty * v.price).alias("total"),
    )
