# data: nullkeys.json

def solve(lhs, rhs):
    keys = lhs.select("k").unionAll(rhs.select("k")).distinct()
    return keys.join(lhs, "k")
