# data: nullkeys.json

from pyspark.sql import Row


def solve(spark, lhs, rhs):
    joined = lhs.join(rhs, lhs.k == rhs.k)
    return spark.createDataFrame([Row(i=i, c=c) for i, c in enumerate(joined.columns)])
