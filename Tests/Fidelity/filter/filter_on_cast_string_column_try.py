# data: numbers.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(nums):
    return nums.filter(F.col("s").try_cast("int") > 0).select("id", "s")
