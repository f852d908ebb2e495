# coalesce merges neighbouring partitions without a shuffle.
# ordered: true
def solve(sc):
    rdd = sc.parallelize(range(20), 5)
    return rdd.coalesce(3).glom()
