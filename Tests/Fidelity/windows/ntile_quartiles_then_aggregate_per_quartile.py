# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(employees):
    w = Window.orderBy(F.col("salary").desc(), "emp_id")
    quartiles = employees.filter(F.col("salary").isNotNull()).withColumn("quartile", F.ntile(4).over(w))
    return quartiles.groupBy("quartile").agg(F.min("salary").alias("lo"), F.max("salary").alias("hi"), F.count("*").alias("n")).orderBy("quartile")
