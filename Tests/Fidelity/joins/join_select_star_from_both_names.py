# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(spark, lhs, rhs):
    j = lhs.alias("l").join(rhs.alias("r"), F.col("l.k") == F.col("r.k")).select("l.*", "r.w")
    return spark.createDataFrame([(",".join(j.columns),)], "cols string")
