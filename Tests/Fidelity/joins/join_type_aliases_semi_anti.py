# data: nullkeys.json

def solve(lhs, rhs):
    semi = lhs.join(rhs, "k", "semi").select("k", "name")
    anti = lhs.join(rhs, "k", "anti").select("k", "name")
    return semi.unionByName(anti)
