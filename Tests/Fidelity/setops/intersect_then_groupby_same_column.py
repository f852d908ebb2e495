# data: nullkeys.json

def solve(lhs, rhs):
    return lhs.select("k").intersect(rhs.select("k")).groupBy("k").count()
