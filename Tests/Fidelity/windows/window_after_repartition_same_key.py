# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy("salary")
    return salaries.repartition("dept").withColumn("r", F.rank().over(w))
