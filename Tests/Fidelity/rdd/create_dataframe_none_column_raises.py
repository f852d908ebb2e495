def solve(spark):
    return spark.createDataFrame([(1, None), (2, None)], ["id", "v"])
