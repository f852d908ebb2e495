# data: numbers.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(nums):
    return nums.select("id", F.col("a").bitwiseAND(F.col("b")).alias("band"), F.col("a").bitwiseOR(3), F.col("a").bitwiseXOR(F.col("b")), F.bitwise_not("b"))
