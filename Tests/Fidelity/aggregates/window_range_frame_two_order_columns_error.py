# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    w = Window.orderBy("dept", "salary").rangeBetween(-1, 1)
    return salaries.select("id", F.sum("salary").over(w))
