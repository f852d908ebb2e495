def solve(sc):
    words = sc.parallelize(["pear", "fig", "apple", "kiwi", "banana"], 2)
    return words.filter(lambda w: len(w) > 3).sortBy(lambda w: w).zipWithIndex()
