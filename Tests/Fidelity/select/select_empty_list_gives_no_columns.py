# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(spark, employees):
    df = employees.select([])
    return spark.createDataFrame([(len(df.columns), df.count())], "cols int, n bigint")
