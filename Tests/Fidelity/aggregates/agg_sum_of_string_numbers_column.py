# data: numbers.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(nums):
    return nums.filter("id IN (1, 7)").agg(F.sum("s"))
