from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [(1, [(("x", 1), 10), (("y", 2), 20)]), (2, [])],
        "id INT, rows ARRAY<STRUCT<key: STRUCT<name: STRING, n: INT>, v: INT>>",
    )
    return df.select("id", F.inline("rows")).select("id", "key.name", "key.n", "v")
