def solve(sc):
    return sc.parallelize(range(7)).glom()
