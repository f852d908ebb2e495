# data: nullkeys.json
def solve(lhs, rhs):
    return lhs.select("k", "name").union(rhs.select("k", "name")).groupBy("k").count()
