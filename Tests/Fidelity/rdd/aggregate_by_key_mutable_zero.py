# aggregateByKey copies the zero value for each key, so appending to it is safe.
def solve(sc):
    pairs = sc.parallelize([("a", 1), ("b", 2), ("a", 3), ("b", 4), ("a", 5)], 2)
    return pairs.aggregateByKey([], lambda acc, v: acc + [v], lambda x, y: x + y).mapValues(sorted)
