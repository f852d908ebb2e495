# data: nullkeys.json
def solve(lhs, rhs):
    joined = lhs.join(rhs, "k", "right")
    return joined.filter(lhs.k.isNull()).withColumn("flag", joined.w > 300)
