# data: employees.json

from pyspark.sql import Window
from pyspark.sql import functions as F


def solve(employees):
    w = Window.partitionBy("dept_id").orderBy(F.desc("salary"))
    ranked = employees.withColumn("rnk", F.rank().over(w))
    return ranked.groupBy("rnk").agg(F.count("*").alias("n"), F.avg("salary").alias("avg_salary"))
