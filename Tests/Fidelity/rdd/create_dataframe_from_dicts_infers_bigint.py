def solve(spark):
    df = spark.createDataFrame([{"b": 1, "a": "x", "c": 2.5}, {"b": 2, "a": "y", "c": None}])
    return spark.createDataFrame([(str(df.dtypes), ",".join(df.columns))], "dtypes STRING, cols STRING").crossJoin(df)
