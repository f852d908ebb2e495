# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window



def solve(salaries):
    w = Window.partitionBy("dept").orderBy("id").rowsBetween(-(1 << 40), 1 << 40)
    return salaries.select("id", F.sum("salary").over(w).alias("total"))
