# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.orderBy(F.desc("salary"), "id")
    return salaries.withColumn("rn", F.row_number().over(w)).orderBy("rn").limit(3)
