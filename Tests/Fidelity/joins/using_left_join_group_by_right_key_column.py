# data: nullkeys.json
def solve(lhs, rhs):
    return lhs.join(rhs, "k", "left").groupBy(rhs.k).count()
