# data: nullkeys.json
def solve(lhs, rhs):
    return lhs.join(rhs, "k", "right").select(lhs["k"].alias("lk"), rhs["k"], "w")
