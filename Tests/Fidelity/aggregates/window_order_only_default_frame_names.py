# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    w = Window.orderBy("salary")
    return salaries.select("id", F.sum("salary").over(w), F.row_number().over(w))
