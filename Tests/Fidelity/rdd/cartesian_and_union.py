def solve(sc):
    a = sc.parallelize([1, 2])
    b = sc.parallelize(["p", "q"])
    return a.cartesian(b).union(sc.parallelize([(0, "z")]))
