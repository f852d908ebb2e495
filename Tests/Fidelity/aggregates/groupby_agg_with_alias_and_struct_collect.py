# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    return salaries.groupBy("dept").agg(F.max(F.struct("salary", "name")).alias("top")).select("dept", "top.name", "top.salary")
