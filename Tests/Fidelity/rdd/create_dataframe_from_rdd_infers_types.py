def solve(spark, sc):
    rdd = sc.parallelize([(1, "a", 2.5, True), (2, "b", None, False)])
    return spark.createDataFrame(rdd)
