# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.agg(F.count("*"), F.count("salary"), F.count("dept_id"), F.countDistinct("dept_id"), F.count_distinct("salary", "dept_id"))
