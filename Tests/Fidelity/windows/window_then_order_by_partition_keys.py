# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy(F.desc("salary"))
    return salaries.withColumn("r", F.rank().over(w)).orderBy("dept", "r")
