# data: nullkeys.json
def solve(lhs, rhs):
    return lhs.select("k").subtract(rhs.select("k"))
