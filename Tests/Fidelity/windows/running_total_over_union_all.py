# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    both = salaries.select("dept", "salary").union(salaries.select("dept", (F.col("salary") * 2).alias("salary")))
    return both.withColumn("n", F.count("*").over(Window.partitionBy("dept")))
