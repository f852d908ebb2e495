# sortBy samples the keys to pick range boundaries, then sorts each range partition.
# ordered: true
def solve(sc):
    words = sc.parallelize(["pear", "fig", "apple", "kiwi", "banana", "cherry", "date", "grape", "lime", "plum"], 3)
    return words.sortBy(lambda w: (len(w), w), ascending=False, numPartitions=3).glom()
