# data: nullkeys.json
def solve(lhs, rhs):
    return lhs.alias("a").join(rhs.alias("b"), "k", "full").select("a.*", "b.k", "b.w")
