# data: numbers.json
# ordered: true

def solve(nums):
    return nums.orderBy("x").select("id", "x")
