# The union of two RDDs hash-partitioned alike keeps their partitions (PartitionerAwareUnionRDD).
# ordered: true
def solve(sc):
    a = sc.parallelize([(1, "a"), (2, "b"), (3, "c")]).partitionBy(3)
    b = sc.parallelize([(4, "d"), (5, "e")]).partitionBy(3)
    c = sc.parallelize([(6, "f")])
    return sc.parallelize([("aligned", a.union(b).getNumPartitions(), a.union(b).glom().map(len).collect()),
                           ("mixed", a.union(c).getNumPartitions(), a.union(c).glom().map(len).collect())], 1)
