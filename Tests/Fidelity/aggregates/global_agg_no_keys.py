# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.groupBy().agg(F.min("salary"), F.max("salary"), F.sum("salary"))
