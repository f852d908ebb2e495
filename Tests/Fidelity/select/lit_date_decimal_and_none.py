# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

import datetime, decimal
def solve(employees):
    return employees.limit(1).select(F.lit(datetime.date(2024, 2, 29)).alias("d"), F.lit(decimal.Decimal("12.345")).alias("dec"), F.lit(None).alias("n"), F.lit(3.5).alias("f"), F.lit(10**12).alias("big"), F.lit(True).alias("b"))
