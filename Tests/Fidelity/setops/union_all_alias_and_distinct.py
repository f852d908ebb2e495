# data: nullkeys.json

def solve(lhs, rhs):
    return lhs.select("k").unionAll(rhs.select("k")).distinct()
