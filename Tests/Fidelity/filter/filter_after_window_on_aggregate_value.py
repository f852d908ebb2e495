# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    return salaries.withColumn("avg_d", F.avg("salary").over(Window.partitionBy("dept"))).filter(F.col("salary") > F.col("avg_d")).select("id")
