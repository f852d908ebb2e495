# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    by_salary = Window.partitionBy("dept").orderBy("salary")
    by_id = Window.partitionBy("dept").orderBy("id")
    return salaries.select("id", "dept", F.rank().over(by_salary).alias("r"), F.row_number().over(by_id).alias("n"))
