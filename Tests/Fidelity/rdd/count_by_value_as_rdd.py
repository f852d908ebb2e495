def solve(sc):
    counts = sc.parallelize(["x", "y", "x", "z", "x"]).countByValue()
    return sc.parallelize(sorted(counts.items()))
