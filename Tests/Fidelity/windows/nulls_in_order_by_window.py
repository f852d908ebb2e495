# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy(F.col("salary").desc_nulls_last())
    return salaries.select("dept", "name", "salary", F.row_number().over(w).alias("rn"))
