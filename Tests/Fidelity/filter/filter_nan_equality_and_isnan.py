# data: numbers.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(nums):
    return nums.filter((F.col("x") == float("nan")) | F.isnan("x")).select("id")
