# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    ranked = salaries.withColumn("r", F.row_number().over(Window.partitionBy("dept").orderBy(F.desc("salary"))))
    return ranked.filter("r <= 2").groupBy("dept").agg(F.sum("salary").alias("top2"))
