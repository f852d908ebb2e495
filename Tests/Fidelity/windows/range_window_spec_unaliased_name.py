# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy("salary").rangeBetween(-50, Window.unboundedFollowing)
    return salaries.select("id", F.sum("salary").over(w), F.count("id").over(Window.partitionBy("dept").orderBy("id").rowsBetween(Window.unboundedPreceding, -1)))
