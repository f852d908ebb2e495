from pyspark.sql import functions as F


def solve(spark):
    sample = '{"id": 1, "price": 9.5, "tags": ["x"], "owner": {"name": "ann", "active": true}, "note": null}'
    df = spark.createDataFrame([(sample,), ('{"id": 2, "price": 3, "tags": [], "owner": {"name": "bob", "active": false}}',)], ["js"])
    return df.select(
        F.schema_of_json(F.lit(sample)).alias("schema"),
        F.from_json("js", F.schema_of_json(F.lit(sample))).alias("parsed"),
    )
