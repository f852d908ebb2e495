# data: numbers.json


def solve(nums):
    return nums.na.fill(-1).na.fill("missing").select("id", "a", "x", "big", "s")
