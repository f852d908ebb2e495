def solve(sc):
    pairs = sc.parallelize([("x", 2), ("y", 3), ("x", 5), ("z", 1), ("y", 7)], 3)
    folded = pairs.foldByKey(1, lambda a, b: a * b)
    combined = pairs.combineByKey(lambda v: (v, 1), lambda c, v: (c[0] + v, c[1] + 1), lambda a, b: (a[0] + b[0], a[1] + b[1]))
    return folded.join(combined)
