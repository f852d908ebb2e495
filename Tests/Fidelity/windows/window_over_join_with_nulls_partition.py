# data: nullkeys.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(lhs, rhs):
    joined = lhs.join(rhs, "k", "full")
    return joined.withColumn("n", F.count("*").over(Window.partitionBy("k"))).withColumn("rk", F.rank().over(Window.partitionBy("k").orderBy(F.desc_nulls_last("w"))))
