from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [(1, [1, 2, None], {"a": 1, "b": 2}), (2, None, None), (3, [], {})],
        "id int, xs array<int>, m map<string,int>",
    )
    return df.select(
        "id",
        F.transform("xs", lambda x, i: x * i),
        F.forall("xs", lambda x: x > 0),
        F.aggregate("xs", F.lit(0), lambda acc, x: acc + x, lambda acc: acc * 2),
        F.zip_with("xs", "xs", lambda a, b: a + b),
        F.map_filter("m", lambda k, v: v > 1),
        F.transform_keys("m", lambda k, v: F.upper(k)),
        F.transform_values("m", lambda k, v: v * 10),
        F.transform(F.transform("xs", lambda x: x + 1), lambda y: y * 2),
    )
