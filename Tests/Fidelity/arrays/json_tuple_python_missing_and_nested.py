from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [(1, '{"name": "a", "n": 5, "obj": {"x": 1}}'), (2, '{"name": null}'), (3, "bad"), (4, None)],
        "id INT, js STRING",
    )
    return df.select("id", F.json_tuple("js", "name", "n", "obj", "absent"))
