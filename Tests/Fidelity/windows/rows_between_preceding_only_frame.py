# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy("id").rowsBetween(-2, -1)
    return salaries.select("id", "dept", "salary",
                           F.sum("salary").over(w).alias("prev_two_sum"),
                           F.max("salary").over(w).alias("prev_two_max"))
