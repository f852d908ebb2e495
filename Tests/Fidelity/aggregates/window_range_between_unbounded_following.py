# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    w = Window.partitionBy("dept").orderBy("salary").rangeBetween(Window.currentRow, Window.unboundedFollowing)
    return salaries.select("id", "dept", "salary", F.count("*").over(w).alias("n_at_least"))
