# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    return salaries.select("id", F.sum_distinct("salary").over(Window.partitionBy("dept")).alias("s"))
