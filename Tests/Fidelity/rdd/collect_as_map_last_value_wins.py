def solve(sc):
    pairs = sc.parallelize([("a", 1), ("b", 2), ("a", 3)], 2)
    m = pairs.collectAsMap()
    return sc.parallelize(sorted(m.items()))
