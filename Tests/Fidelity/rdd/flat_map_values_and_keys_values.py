def solve(sc):
    pairs = sc.parallelize([("a", "x y"), ("b", ""), ("c", "z")], 2)
    return pairs.flatMapValues(lambda s: s.split())
