# data: nullkeys.json
def solve(lhs, rhs):
    return lhs.join(rhs, lhs.k == rhs.k, "left").select(lhs["*"], rhs["w"])
