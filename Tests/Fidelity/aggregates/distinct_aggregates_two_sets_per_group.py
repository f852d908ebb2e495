# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.groupBy("dept_id").agg(
        F.countDistinct("salary"), F.countDistinct("manager_id"), F.sum("salary"), F.max("age").alias("oldest"))
