from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [
            (1, '{"user": {"name": "ann", "age": 31}, "tags": ["a", "b"], "scores": {"m": 90}}'),
            (2, '{"user": {"name": "bob"}, "tags": [], "extra": true}'),
            (3, '{"user": "not an object", "tags": ["c"]}'),
            (4, 'not json at all'),
            (5, None),
            (6, '{"tags": null}'),
        ],
        ["id", "payload"],
    )
    schema = "user STRUCT<name: STRING, age: INT>, tags ARRAY<STRING>, scores MAP<STRING, INT>"
    parsed = df.select("id", F.from_json("payload", schema).alias("p"))
    return parsed.select("id", "p.user.name", "p.user.age", "p.tags", F.size("p.tags").alias("n_tags"), "p.scores")
