# data: dates.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

from pyspark.sql.types import DateType, TimestampType
def solve(dates):
    return dates.select("id", "s", F.col("s").try_cast(DateType()).alias("d"), F.col("s").try_cast(TimestampType()).alias("ts"))
