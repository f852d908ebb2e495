from pyspark.sql.types import DecimalType, StructField, StructType


def solve(spark):
    schema = StructType([StructField("price", DecimalType(8, 2), True)])
    return spark.createDataFrame([(19.99,)], schema)
