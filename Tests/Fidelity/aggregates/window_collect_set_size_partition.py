# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    return salaries.select("id", F.size(F.collect_set("salary").over(Window.partitionBy("dept"))).alias("distinct_salaries"))
