def solve(sc):
    counts = sc.parallelize([("a", 1), ("b", 1), ("a", 1)]).reduceByKey(lambda a, b: a + b, numPartitions=5)
    return sc.parallelize([(counts.getNumPartitions(), sorted(counts.collect()))])
