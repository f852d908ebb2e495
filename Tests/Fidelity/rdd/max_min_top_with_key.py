def solve(sc):
    words = sc.parallelize(["pear", "fig", "banana", "kiwi", "apple"], 2)
    return sc.parallelize([
        ("max_len", words.max(key=len)),
        ("min_len", words.min(key=len)),
        ("top2", ",".join(words.top(2))),
        ("top2_len", ",".join(words.top(2, key=len))),
        ("take_ordered", ",".join(words.takeOrdered(2))),
    ], 1)
