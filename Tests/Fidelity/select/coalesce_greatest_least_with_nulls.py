# data: numbers.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(nums):
    return nums.select("id", F.coalesce("a", "b").alias("c"), F.greatest("a", "b", F.lit(None)).alias("g"), F.least("a", "b").alias("l"), F.greatest("x", "a").alias("gx"))
