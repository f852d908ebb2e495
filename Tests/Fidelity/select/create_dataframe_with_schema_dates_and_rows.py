import datetime

from pyspark.sql import Row
from pyspark.sql import functions as F
from pyspark.sql.types import DateType, DoubleType, IntegerType, StringType, StructField, StructType, TimestampType


def solve(spark):
    schema = StructType([
        StructField("id", IntegerType(), False),
        StructField("day", DateType(), True),
        StructField("price", DoubleType(), True),
        StructField("seen", TimestampType(), True),
        StructField("label", StringType(), True),
    ])
    df = spark.createDataFrame([(1, datetime.date(2024, 2, 29), 19.99, datetime.datetime(2024, 2, 29, 8, 30), "a"),
                                (2, None, 5.5, None, None),
                                (3, datetime.date(2023, 12, 31), None, datetime.datetime(2024, 1, 1, 0, 0, 1), "c")], schema)
    rows = spark.createDataFrame([Row(id=1, qty=3), Row(id=3, qty=1)])
    return df.join(rows, "id", "left").select(
        "id", "day", "price", "qty", (F.col("price") * F.col("qty")).alias("total"),
        F.date_add("day", 1).alias("next_day"), F.hour("seen").alias("h"))
