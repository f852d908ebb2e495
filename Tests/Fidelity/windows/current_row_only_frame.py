# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy("id").rowsBetween(Window.currentRow, Window.currentRow)
    return salaries.select("id", F.sum("salary").over(w).alias("s"), F.collect_list("salary").over(w).alias("l"))
