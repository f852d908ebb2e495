# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    top = salaries.groupBy("dept").agg(F.max("salary").alias("salary"))
    return salaries.join(top, ["dept", "salary"]).select("dept", "name", "salary")
