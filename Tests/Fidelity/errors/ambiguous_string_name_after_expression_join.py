# data: nullkeys.json


def solve(lhs, rhs):
    return lhs.join(rhs, lhs.k == rhs.k).select("k", "v")
