# data: nullkeys.json
def solve(lhs, rhs):
    return lhs.join(rhs, ["k"], "full").where(rhs.k.isNull()).select("k", "w")
