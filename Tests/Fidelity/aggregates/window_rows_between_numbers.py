# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    w = Window.partitionBy("dept").orderBy("id").rowsBetween(-1, 1)
    return salaries.select("id", "dept", F.sum("salary").over(w).alias("s3"), F.avg("salary").over(w).alias("a3"))
