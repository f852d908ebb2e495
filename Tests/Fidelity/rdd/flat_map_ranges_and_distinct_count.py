def solve(sc):
    nums = sc.parallelize([1, 2, 3], 2).flatMap(lambda n: range(n))
    return sc.parallelize([(nums.count(), nums.distinct().count(), sorted(nums.collect()))])
