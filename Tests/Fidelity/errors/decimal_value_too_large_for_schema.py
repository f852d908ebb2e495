from decimal import Decimal

from pyspark.sql.types import DecimalType, StructField, StructType


def solve(spark):
    schema = StructType([StructField("price", DecimalType(5, 2), True)])
    return spark.createDataFrame([(Decimal("999.994"),), (Decimal("999.995"),)], schema)
