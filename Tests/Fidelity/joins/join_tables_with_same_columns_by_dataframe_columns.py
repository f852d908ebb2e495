# data: nullkeys.json

def solve(lhs, rhs):
    left = lhs.select("k", "name")
    right = rhs.select("k", "name")
    return left.join(right, left.k == right.k).select(left.name, right.name.alias("other"))
