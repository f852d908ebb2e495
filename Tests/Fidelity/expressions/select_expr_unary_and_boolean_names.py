# data: numbers.json

def solve(nums):
    return nums.selectExpr("id", "-b", "+b", "NOT (a > 0)", "a > 0 AND b > 0", "a IS NULL OR b IS NULL", "!(b = 2)")
