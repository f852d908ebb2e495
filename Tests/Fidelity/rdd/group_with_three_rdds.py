def solve(sc):
    a = sc.parallelize([("x", 1), ("y", 2)])
    b = sc.parallelize([("x", 10)])
    c = sc.parallelize([("y", 100), ("z", 200)])
    grouped = a.groupWith(b, c)
    return grouped.map(lambda kv: (kv[0], [sorted(vs) for vs in kv[1]]))
