# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy("salary").rangeBetween(-50, 0)
    return salaries.select("dept", "name", "salary", F.count("*").over(w).alias("within_50"))
