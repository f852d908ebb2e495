# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    df = employees.select(F.struct(F.col("name"), F.col("salary") + 1, F.lit(5)).alias("s")).filter(F.col("s.name") == "Amit")
    return df.select("s.*")
