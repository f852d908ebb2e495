# A map task flushes its buckets whenever it has buffered more than min(10 * partitions, 1000) pairs
# (1.5 times more after each flush), one shuffle record per non-empty bucket.
def solve(sc):
    return sc.parallelize([(i, i) for i in range(100)], 2).partitionBy(3).mapValues(lambda v: v * 2)
