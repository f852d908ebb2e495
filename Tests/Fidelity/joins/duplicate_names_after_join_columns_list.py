# data: nullkeys.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(spark, lhs, rhs):
    j = lhs.join(rhs, lhs.k == rhs.k, "left")
    return spark.createDataFrame([(c,) for c in j.columns], "c string")
