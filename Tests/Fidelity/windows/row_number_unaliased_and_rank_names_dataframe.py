# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy(F.desc("salary"), "id")
    return salaries.select("id", F.row_number().over(w), F.rank().over(w), F.dense_rank().over(w))
