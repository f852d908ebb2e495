def solve(sc):
    rdd = sc.parallelize(range(20), 4)
    return sc.parallelize([
        ("original", rdd.getNumPartitions()),
        ("repartition", rdd.repartition(6).getNumPartitions()),
        ("coalesce", rdd.coalesce(2).getNumPartitions()),
        ("coalesce_up", rdd.coalesce(8).getNumPartitions()),
    ])
