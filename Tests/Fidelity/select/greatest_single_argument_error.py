# data: numbers.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(nums):
    return nums.select(F.greatest("a"))
