def solve(sc):
    return sc.parallelize(["a", "b", "c", "d", "e"], 2).zipWithUniqueId()
