# ordered: true
def solve(sc):
    pairs = sc.parallelize([("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5)], 2)
    nums = sc.parallelize([4, 8, 15, 16, 23, 42], 3)
    by_key = pairs.countByKey()
    out = [
        ("countByKey", sorted(by_key.items())),
        ("lookup_a", pairs.lookup("a")),
        ("collectAsMap", sorted(pairs.collectAsMap().items())),
        ("top", nums.top(2)),
        ("takeOrdered", nums.takeOrdered(3, key=lambda x: -x)),
        ("first", nums.first()),
        ("take", nums.take(4)),
        ("reduce", nums.reduce(lambda a, b: a + b)),
        ("fold", nums.fold(0, lambda a, b: a + b)),
        ("aggregate", nums.aggregate((0, 0), lambda acc, x: (acc[0] + x, acc[1] + 1), lambda a, b: (a[0] + b[0], a[1] + b[1]))),
        ("sum", nums.sum()),
        ("mean", nums.mean()),
        ("max", nums.max()),
        ("min", nums.min(key=lambda x: abs(x - 20))),
        ("stats", str(nums.stats())),
        ("isEmpty", sc.parallelize([]).isEmpty()),
        ("count", pairs.count()),
    ]
    return sc.parallelize([(name, str(value)) for name, value in out], 1)
