def solve(sc):
    left = sc.parallelize([(1, "a"), (2, "b"), (2, "bb"), (3, "c")])
    right = sc.parallelize([(2, "x"), (3, "y"), (4, "z")])
    full = left.fullOuterJoin(right).map(lambda kv: ("full", kv[0], str(kv[1])))
    right_outer = left.rightOuterJoin(right).map(lambda kv: ("right", kv[0], str(kv[1])))
    grouped = left.cogroup(right).map(lambda kv: ("cogroup", kv[0], str((sorted(kv[1][0]), sorted(kv[1][1])))))
    return full.union(right_outer).union(grouped)
