# data: nullkeys.json
def solve(lhs, rhs):
    return lhs.select("k").intersectAll(rhs.select("k"))
