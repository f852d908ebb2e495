# data: employees.json
from pyspark.sql import functions as F


def solve(employees):
    return employees.groupBy("dept_id").agg(F.count(F.lit(1)), F.sum("salary"), F.avg("age"), F.count("*"))
