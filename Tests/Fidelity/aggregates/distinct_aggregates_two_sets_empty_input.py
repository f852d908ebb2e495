# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    none = employees.filter(F.col("salary") < 0)
    return none.agg(F.countDistinct("dept_id"), F.countDistinct("age"), F.count("*"), F.sum("salary"))
