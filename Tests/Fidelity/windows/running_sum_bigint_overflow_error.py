from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(spark):
    df = spark.createDataFrame([(1, 9223372036854775000), (2, 1000), (3, 5)], "id int, v bigint")
    return df.select("id", F.sum("v").over(Window.orderBy("id")).alias("running"))
