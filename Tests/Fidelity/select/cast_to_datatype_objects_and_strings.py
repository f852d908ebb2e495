# data: numbers.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

from pyspark.sql.types import LongType, StringType, DecimalType, FloatType, ShortType
def solve(nums):
    return nums.select(F.col("a").cast(LongType()).alias("l"), F.col("a").cast(StringType()), F.col("x").cast(DecimalType(10, 3)).alias("d"), F.col("b").cast(FloatType()).alias("f"), F.col("b").astype("smallint").alias("sm"), F.col("b").cast("tinyint").alias("ti")).filter("id IN (1, 2, 6, 7)")
