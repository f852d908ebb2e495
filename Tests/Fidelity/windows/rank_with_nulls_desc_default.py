# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy(F.desc("salary"))
    return salaries.select("dept", "name", "salary", F.rank().over(w).alias("r"), F.dense_rank().over(w).alias("dr"), F.percent_rank().over(w).alias("pr"))
