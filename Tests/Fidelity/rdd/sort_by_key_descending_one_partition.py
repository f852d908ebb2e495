# ordered: true

def solve(sc):
    pairs = sc.parallelize([("b", 2), ("a", 1), ("c", 3), ("a", 0)], 3)
    return pairs.sortByKey(ascending=False, numPartitions=1)
