# data: employees.json
from pyspark.sql import functions as F


def solve(employees):
    return employees.agg(F.median("salary"), F.percentile("salary", 0.5), F.percentile_approx("salary", 0.5), F.expr("percentile(salary, array(0.25, 0.75))"))
