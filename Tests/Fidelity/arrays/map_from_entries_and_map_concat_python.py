from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [(1, ["a", "b"], [1, 2]), (2, ["c"], [3]), (3, [], [])],
        "id INT, ks ARRAY<STRING>, vs ARRAY<INT>",
    )
    m = df.select(
        "id",
        F.map_from_arrays("ks", "vs").alias("m"),
        F.map_from_entries(F.arrays_zip("ks", "vs")).alias("from_entries"),
    )
    return m.select(
        "id",
        "m",
        F.map_entries("m").alias("entries"),
        F.map_concat("m", F.create_map(F.lit("z"), F.lit(26))).alias("with_z"),
        F.map_keys("from_entries").alias("keys"),
        F.map_values("from_entries").alias("values"),
    )
