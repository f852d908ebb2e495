from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [(1, '[]'), (2, '[{"a": 1}]'), (3, '[{"a": 1}, {"a": 2}]'), (4, '[1]'), (5, '  '), (6, ''), (7, '{"a": 1} trailing'), (8, 'null')],
        "id INT, js STRING",
    )
    return df.select("id", F.from_json("js", "a INT").alias("p"), F.from_json("js", "array<int>").alias("arr"), F.from_json("js", "map<string,int>").alias("m"))
