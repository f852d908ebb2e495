# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    by_dept = Window.partitionBy("dept").orderBy("salary")
    by_name = Window.partitionBy("name").orderBy("id")
    return salaries.select("id", F.rank().over(by_dept).alias("r"), F.row_number().over(by_name).alias("n"))
