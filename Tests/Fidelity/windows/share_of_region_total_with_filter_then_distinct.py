# data: sales.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(sales):
    w = Window.partitionBy("region", "year")
    return (sales.filter(F.col("amount").isNotNull())
            .withColumn("year_total", F.sum("amount").over(w))
            .select("region", "year", "year_total", F.max("amount").over(w).alias("best"))
            .distinct())
