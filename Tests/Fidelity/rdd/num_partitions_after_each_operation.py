# ordered: true
def solve(sc):
    a = sc.parallelize(range(10), 3)
    pairs = a.map(lambda x: (x % 4, x))
    other = sc.parallelize([(1, "one"), (2, "two")])
    steps = [
        ("parallelize", a),
        ("map", pairs),
        ("filter", pairs.filter(lambda kv: kv[1] > 2)),
        ("reduceByKey", pairs.reduceByKey(lambda x, y: x + y)),
        ("reduceByKey_n", pairs.reduceByKey(lambda x, y: x + y, 7)),
        ("groupByKey", pairs.groupByKey()),
        ("distinct", a.distinct()),
        ("union", a.union(other)),
        ("join", pairs.join(other)),
        ("cogroup", pairs.cogroup(other)),
        ("cartesian", a.cartesian(other)),
        ("repartition", a.repartition(5)),
        ("coalesce", a.coalesce(2)),
        ("coalesce_up", a.coalesce(6)),
        ("sortByKey", pairs.sortByKey()),
        ("zipWithIndex", a.zipWithIndex()),
        ("intersection", a.intersection(sc.parallelize([1, 2, 3]))),
        ("subtract", a.subtract(sc.parallelize([1, 2, 3]))),
        ("emptyRDD", sc.emptyRDD()),
        ("range", sc.range(0, 100, 7)),
    ]
    return sc.parallelize([(name, rdd.getNumPartitions()) for name, rdd in steps], 1)
