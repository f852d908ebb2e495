# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    w = salaries.withColumn("mx", F.max("salary").over(Window.partitionBy("dept")))
    return w.groupBy("dept").agg(F.count(F.when(F.col("salary") == F.col("mx"), 1)).alias("n_top"))
