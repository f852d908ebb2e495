# ordered: true
def solve(sc):
    def running_sums(index, values):
        total = 0
        for v in values:
            total += v
            yield (index, v, total)
    return sc.parallelize(range(1, 11), 3).mapPartitionsWithIndex(running_sums)
