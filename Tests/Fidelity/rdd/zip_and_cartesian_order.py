# ordered: true
def solve(sc):
    a = sc.parallelize(["a", "b", "c", "d"], 2)
    b = sc.parallelize([1, 2, 3, 4], 2)
    zipped = a.zip(b)
    crossed = sc.parallelize([1, 2, 3, 4, 5], 1).cartesian(sc.parallelize(["x", "y"], 1))
    return zipped.union(crossed)
