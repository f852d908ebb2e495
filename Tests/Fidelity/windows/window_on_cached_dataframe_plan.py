# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    cached = salaries.filter("salary IS NOT NULL").cache()
    return cached.withColumn("r", F.rank().over(Window.partitionBy("dept").orderBy("salary")))
