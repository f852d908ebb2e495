# ordered: true
def solve(sc):
    pairs = sc.parallelize([("Banana", 1), ("apple", 2), ("cherry", 3), ("Apple", 4), ("date", 5), ("Elder", 6)], 2)
    return pairs.sortByKey(True, 3, keyfunc=lambda k: k.lower()).glom().map(lambda part: [k for k, _ in part])
