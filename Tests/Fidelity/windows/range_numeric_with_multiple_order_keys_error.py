# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy("salary", "id").rangeBetween(-10, 0)
    return salaries.select("id", F.sum("salary").over(w).alias("s"))
