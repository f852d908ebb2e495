# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    w = Window.partitionBy("dept").orderBy("salary").rangeBetween(-1000, 1000)
    return salaries.select("id", F.count("*").over(w).alias("near"))
