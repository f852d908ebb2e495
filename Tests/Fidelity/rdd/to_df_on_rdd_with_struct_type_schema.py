from pyspark.sql.types import IntegerType, StringType, StructField, StructType


def solve(sc):
    schema = StructType([StructField("name", StringType(), True), StructField("n", IntegerType(), False)])
    return sc.parallelize([("a", 1), ("b", 2)]).toDF(schema)
