# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    w = Window.partitionBy("dept").orderBy(F.desc("salary"), "id")
    return salaries.withColumn("rn", F.row_number().over(w)).filter("rn = 1").drop("rn")
