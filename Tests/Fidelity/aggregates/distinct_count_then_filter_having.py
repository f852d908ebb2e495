# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    return salaries.groupBy("dept").agg(F.countDistinct("salary").alias("n")).where(F.col("n") > 2)
