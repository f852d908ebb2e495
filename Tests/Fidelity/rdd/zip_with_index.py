def solve(sc):
    return sc.parallelize(["a", "b", "c", "d", "e"], 3).zipWithIndex()
