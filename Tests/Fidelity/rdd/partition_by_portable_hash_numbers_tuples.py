# ordered: true
def solve(sc):
    keys = [0, 1, -1, 7, 123456789, -98765, 2**40, 1.5, -2.25, True, None, (1, "a"), ("x", None), (2, (3, 4))]
    return sc.parallelize([(k, i) for i, k in enumerate(keys)], 3).partitionBy(5).glom().map(lambda part: [i for _, i in part])
