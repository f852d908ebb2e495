def solve(sc):
    return sc.parallelize([(1, None), (2, "x"), (3, None)]).toDF(["n", "label"])
