from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [(1, "ann", None, [1, 2], {"k": 1.5}), (2, None, 7, [], {}), (3, "c\"q", 0, None, None)],
        "id INT, name STRING, n INT, xs ARRAY<INT>, m MAP<STRING, DOUBLE>",
    )
    return df.select(
        "id",
        F.to_json(F.struct("name", "n")).alias("person"),
        F.to_json(F.struct("xs", "m")).alias("collections"),
        F.to_json("m").alias("map_only"),
        F.to_json(F.array(F.struct("id", "name"))).alias("array_of_struct"),
    )
