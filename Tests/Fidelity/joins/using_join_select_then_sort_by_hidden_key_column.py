# data: nullkeys.json
def solve(lhs, rhs):
    return lhs.join(rhs, "k").select("k", "w").orderBy(rhs.k)
