from decimal import ROUND_HALF_EVEN, Decimal

from pyspark.sql import functions as F
from pyspark.sql.types import DecimalType, StructField, StructType


def solve(spark):
    schema = StructType([StructField("price", DecimalType(8, 2), True)])
    df = spark.createDataFrame([(Decimal("10.25"),), (Decimal("0.35"),), (None,)], schema)
    half = F.udf(lambda p: None if p is None else (p / 2).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN), DecimalType(8, 2))
    return df.select("price", half("price").alias("half"))
