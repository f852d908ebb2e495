# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept")
    return salaries.select("dept", "salary", F.round(F.col("salary") * 100 / F.sum("salary").over(w), 2).alias("pct"), F.count("*").over(w).alias("n"))
