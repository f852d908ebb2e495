def solve(sc):
    total = sc.parallelize([1, 2, 3]).filter(lambda x: x > 5).reduce(lambda a, b: a + b)
    return sc.parallelize([(total,)])
