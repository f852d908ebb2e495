# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    fine = Window.partitionBy("dept", "name")
    coarse = Window.partitionBy("dept")
    return salaries.withColumn("per_name", F.count("*").over(fine)).withColumn("per_dept", F.count("*").over(coarse))
