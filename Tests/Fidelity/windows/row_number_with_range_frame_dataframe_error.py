# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    return salaries.select("id", F.row_number().over(Window.partitionBy("dept").orderBy("salary").rangeBetween(-1, 1)).alias("rn"))
