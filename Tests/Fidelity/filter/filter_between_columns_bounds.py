# data: numbers.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(nums):
    return nums.filter(F.col("id").between(F.col("b"), F.col("a"))).select("id")
