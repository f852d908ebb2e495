# data: numbers.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(nums):
    return nums.unpivot("id", ["a", "b", "x"], "col", "val").filter("id <= 2")
