def solve(sc):
    return sc.parallelize(range(100), 2).filter(lambda x: x % 7 == 0).map(lambda x: (x, x * x))
