def solve(sc):
    rdd = sc.parallelize(range(100), 4)
    return rdd.sample(False, 0.2, 42).union(rdd.sample(True, 0.05, 7))
