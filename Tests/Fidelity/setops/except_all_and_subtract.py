# data: nullkeys.json
def solve(lhs, rhs):
    return lhs.select("k").exceptAll(rhs.select("k"))
