# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy("salary", "id").rangeBetween(Window.unboundedPreceding, Window.currentRow)
    return salaries.select("id", "salary", F.sum("salary").over(w).alias("s"))
