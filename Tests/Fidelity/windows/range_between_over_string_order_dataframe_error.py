# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    return salaries.select("id", F.count("*").over(Window.orderBy("name").rangeBetween(-1, 1)).alias("c"))
