# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy("name").rangeBetween(-1, 0)
    return salaries.select(F.count("*").over(w))
