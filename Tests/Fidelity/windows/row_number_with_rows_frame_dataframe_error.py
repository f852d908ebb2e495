# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy("salary").rowsBetween(Window.unboundedPreceding, Window.unboundedFollowing)
    return salaries.select("id", F.row_number().over(w).alias("rn"))
