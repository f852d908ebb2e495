# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy(F.desc("salary"))
    ranked = salaries.repartition("dept").withColumn("r", F.rank().over(w))
    return ranked.where(F.col("r") <= 2)
