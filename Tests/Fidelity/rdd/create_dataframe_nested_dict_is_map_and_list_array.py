def solve(spark):
    df = spark.createDataFrame([(1, {"a": 1}, [1, 2], ("x", 2))], ["id", "m", "xs", "t"])
    return df.select("id", "m", "xs", "t", "t._1")
