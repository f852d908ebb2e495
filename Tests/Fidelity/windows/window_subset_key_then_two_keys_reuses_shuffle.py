# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    coarse = Window.partitionBy("dept")
    fine = Window.partitionBy("dept", "name").orderBy("id")
    return salaries.withColumn("per_dept", F.count("*").over(coarse)).withColumn("rn", F.row_number().over(fine))
