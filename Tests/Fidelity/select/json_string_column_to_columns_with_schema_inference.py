from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(1, '{"a": 1, "b": {"c": "x"}}'), (2, '{"a": 2, "b": {"c": "y"}, "d": [1]}')], ["id", "js"])
    schema = spark.read.json(df.rdd.map(lambda r: r.js)).schema
    return df.select("id", F.from_json("js", schema).alias("p")).select("id", "p.*")
