def solve(sc):
    words = sc.parallelize(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"], 2)
    return words.groupBy(lambda w: w[0]).mapValues(lambda ws: sorted(ws))
