# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.orderBy(F.col("dept").desc())
    return salaries.select("id", "dept", F.dense_rank().over(w).alias("r"))
