def solve(sc):
    a = sc.parallelize([(1, "a"), (2, "b"), (2, "bb")], 2)
    b = sc.parallelize([(2, "x"), (3, "y")], 2)
    out = [("inner",) + kv for kv in a.join(b).collect()]
    out += [("left",) + kv for kv in a.leftOuterJoin(b).collect()]
    out += [("right",) + kv for kv in a.rightOuterJoin(b).collect()]
    out += [("full",) + kv for kv in a.fullOuterJoin(b).collect()]
    return sc.parallelize([(t[0], t[1], str(t[2])) for t in out])
