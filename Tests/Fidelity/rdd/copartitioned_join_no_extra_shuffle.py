# Both sides already hash-partitioned the same way: the union keeps the partitioner and the join adds
# no shuffle of its own.
def solve(sc):
    a = sc.parallelize([("a", 1), ("b", 2), ("a", 3)]).reduceByKey(lambda x, y: x + y)
    b = sc.parallelize([("a", 10), ("c", 30)]).reduceByKey(lambda x, y: x + y)
    return a.join(b)
