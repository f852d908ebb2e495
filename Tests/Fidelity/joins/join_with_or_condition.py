# data: nullkeys.json


def solve(lhs, rhs):
    return lhs.join(rhs, (lhs.k == rhs.k) | (lhs.v * 10 == rhs.w), "inner").select(lhs.name, rhs.name.alias("rname"))
