# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    totals = salaries.groupBy("dept", "name").agg(F.sum("salary").alias("total"))
    w = Window.partitionBy("dept").orderBy(F.desc("total"))
    return totals.withColumn("r", F.dense_rank().over(w))
