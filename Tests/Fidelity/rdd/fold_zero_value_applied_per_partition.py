def solve(sc):
    nums = sc.parallelize([1, 2, 3, 4], 2)
    return sc.parallelize([
        ("fold_1", nums.fold(1, lambda a, b: a + b)),
        ("aggregate_10", nums.aggregate(10, lambda a, x: a + x, lambda a, b: a + b)),
        ("fold_by_key", sorted(nums.map(lambda x: (x % 2, x)).foldByKey(100, lambda a, b: a + b).collect())[0][1]),
    ], 1)
