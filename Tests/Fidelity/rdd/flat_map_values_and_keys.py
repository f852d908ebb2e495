def solve(sc):
    pairs = sc.parallelize([("a", "x y"), ("b", "z")])
    return pairs.flatMapValues(lambda s: s.split()).keys().map(lambda k: (k,))
