def solve(sc):
    return sc.parallelize([("a", 1), ("b", 2)]).toDF()
