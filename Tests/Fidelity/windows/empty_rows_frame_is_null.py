# data: salaries.json
from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy("salary").rowsBetween(0, -1)
    return salaries.select(F.sum("salary").over(w))
