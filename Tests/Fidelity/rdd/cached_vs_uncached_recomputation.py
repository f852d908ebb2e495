# Each action recomputes an uncached lineage; after cache() the second action reads the cached partitions.
def solve(sc):
    uncached_calls = sc.accumulator(0)
    cached_calls = sc.accumulator(0)

    def touch_uncached(x):
        uncached_calls.add(1)
        return x * 2

    def touch_cached(x):
        cached_calls.add(1)
        return x * 2

    uncached = sc.parallelize(range(10), 2).map(touch_uncached)
    cached = sc.parallelize(range(10), 2).map(touch_cached).cache()
    results = []
    for rdd in (uncached, cached):
        results.append(rdd.count())
        results.append(rdd.sum())
        results.append(len(rdd.collect()))
    return sc.parallelize([("uncached", uncached_calls.value), ("cached", cached_calls.value), ("results", sum(results))])
