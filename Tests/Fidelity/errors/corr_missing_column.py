# data: employees.json

from pyspark.sql import functions as F


def solve(spark, employees):
    return spark.createDataFrame([(employees.corr("wage", "age"),)], "c double")
