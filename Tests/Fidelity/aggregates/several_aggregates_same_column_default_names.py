# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.groupBy("dept_id").agg(
        F.min("salary"), F.max("salary"), F.avg("salary"), F.sum("salary"), F.count("salary"),
        F.expr("percentile(salary, 0.5)"), F.stddev("salary"),
    )
