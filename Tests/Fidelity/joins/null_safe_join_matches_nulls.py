# data: nullkeys.json

def solve(lhs, rhs):
    return lhs.join(rhs, lhs.k.eqNullSafe(rhs.k)).select(lhs.name, rhs.name.alias("rname"))
