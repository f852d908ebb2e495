# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    df = employees.withColumn("senior", F.col("age") >= 36)
    return df.filter("senior").select("name", "senior")
