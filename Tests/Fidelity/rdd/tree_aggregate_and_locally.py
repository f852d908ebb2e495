# ordered: true
def solve(sc):
    nums = sc.parallelize(range(1, 101), 10)
    pairs = sc.parallelize([("a", 1), ("b", 2), ("a", 3)], 2)
    return sc.parallelize([
        ("treeAggregate", nums.treeAggregate(0, lambda acc, x: acc + x, lambda a, b: a + b, depth=2)),
        ("treeReduce", nums.treeReduce(lambda a, b: a + b)),
        ("reduceByKeyLocally", sorted(pairs.reduceByKeyLocally(lambda a, b: a + b).items())),
        ("countByValue", sorted(sc.parallelize([(1, 2), (1, 2), (3, 4)]).countByValue().items())),
    ], 1).map(lambda kv: (kv[0], str(kv[1])))
