# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy("id")
    return salaries.select("id", F.lag("salary", 1, 0.5).over(w).alias("prev"))
