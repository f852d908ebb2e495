def solve(sc):
    a = sc.parallelize([("k1", 1), ("k2", 2), ("k3", 3)])
    b = sc.parallelize([("k2", 20)])
    return a.subtractByKey(b)
