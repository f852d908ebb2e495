# data: employees.json

from pyspark.sql import Window
from pyspark.sql import functions as F


def solve(employees):
    w = Window.partitionBy("dept").orderBy("salary")
    return employees.withColumn("rn", F.row_number().over(w))
