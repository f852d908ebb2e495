import datetime
from decimal import Decimal

from pyspark.sql import Row
from pyspark.sql import functions as F
from pyspark.sql.types import DateType, DecimalType, IntegerType, StringType, StructField, StructType


def solve(spark):
    schema = StructType([
        StructField("id", IntegerType(), False),
        StructField("day", DateType(), True),
        StructField("price", DecimalType(8, 2), True),
        StructField("label", StringType(), True),
    ])
    df = spark.createDataFrame([(1, datetime.date(2024, 2, 29), Decimal("19.99"), "a"),
                                (2, None, Decimal("5.5"), None),
                                (3, datetime.date(2023, 12, 31), None, "c")], schema)
    rows = spark.createDataFrame([Row(id=1, qty=3), Row(id=3, qty=1)])
    return df.join(rows, "id", "left").select(
        "id", "day", "price", "qty", (F.col("price") * F.col("qty")).alias("total"),
        F.date_add("day", 1).alias("next_day"))
