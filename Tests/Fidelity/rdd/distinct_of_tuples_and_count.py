def solve(sc):
    rdd = sc.parallelize([(1, "a"), (1, "a"), (2, "b"), (1, "b"), (2, "b")], 3)
    return rdd.distinct()
