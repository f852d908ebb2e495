# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.groupBy("dept_id").pivot("grade").count()
