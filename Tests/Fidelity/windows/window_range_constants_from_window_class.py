# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy("salary").rangeBetween(Window.currentRow, 50)
    return salaries.select("id", "dept", "salary", F.count("*").over(w).alias("within_next_50"), F.sum("salary").over(w).alias("s"))
