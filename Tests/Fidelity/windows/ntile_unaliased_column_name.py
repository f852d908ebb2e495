# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy("salary")
    return salaries.select("id", F.ntile(2).over(w), F.cume_dist().over(w), F.percent_rank().over(w))
