# data: numbers.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(nums):
    return nums.agg(F.try_sum("big"), F.try_avg("big"), F.sum("a"))
