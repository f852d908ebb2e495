def solve(sc):
    nums = sc.parallelize([1.0, 2.0, 3.0, 4.0, 10.0], 2)
    st = nums.stats()
    buckets, counts = nums.histogram(3)
    even_buckets = nums.histogram([0, 5, 10])
    return sc.parallelize([
        ("count", float(st.count())),
        ("mean", st.mean()),
        ("stdev", st.stdev()),
        ("sampleStdev", st.sampleStdev()),
        ("variance", nums.variance()),
        ("max", st.max()),
        ("buckets", float(len(buckets))),
        ("first_count", float(counts[0])),
        ("last_edge_count", float(even_buckets[1][1])),
    ], 1)
