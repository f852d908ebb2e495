# data: nullkeys.json

def solve(lhs, rhs):
    a = lhs.select("k").repartition(3, "k")
    b = rhs.select("k").repartition(5, "k")
    return a.union(b).groupBy("k").count()
