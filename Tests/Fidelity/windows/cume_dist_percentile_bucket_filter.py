# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.orderBy("salary")
    return salaries.withColumn("cd", F.cume_dist().over(w)).filter(F.col("cd") >= 0.75).select("id", "salary", "cd")
