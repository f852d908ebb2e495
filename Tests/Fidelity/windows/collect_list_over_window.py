# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy("id").rowsBetween(Window.unboundedPreceding, Window.currentRow)
    return salaries.select("id", "dept", F.collect_list("name").over(w).alias("so_far"))
