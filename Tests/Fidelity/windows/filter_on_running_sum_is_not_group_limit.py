# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy("id")
    return salaries.withColumn("running", F.sum("salary").over(w)).filter(F.col("running") <= 300)
