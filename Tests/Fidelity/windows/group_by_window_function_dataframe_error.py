# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    return salaries.groupBy(F.rank().over(Window.orderBy("salary")).alias("r")).count()
