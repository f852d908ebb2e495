# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select("id", F.monotonically_increasing_id().alias("mid"), F.spark_partition_id().alias("pid"))
