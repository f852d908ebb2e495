def solve(sc):
    a = sc.parallelize([("k", 1), ("k", 2), ("m", 3)])
    b = sc.parallelize([("k", "x"), ("n", "y")])
    return a.cogroup(b).map(lambda kv: (kv[0], sorted(kv[1][0]), sorted(kv[1][1])))
