def solve(sc):
    return sc.parallelize([3, 1, 3, 2, 1, 5]).distinct()
