# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(spark, lhs, rhs):
    j = lhs.join(rhs, "k", "full")
    return spark.createDataFrame([(",".join(j.columns),)], "cols string")
