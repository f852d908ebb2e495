# data: nullkeys.json

def solve(lhs, rhs):
    return lhs.join(rhs, "k", "outer").select("k", lhs.name, rhs.w)
