# data: numbers.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(nums):
    return nums.select("id", "s", F.expr("try_cast(s AS INT)").alias("i"), F.expr("try_cast(s AS DOUBLE)").alias("d"), F.col("s").try_cast("int").alias("tc"))
