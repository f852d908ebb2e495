# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.groupBy("dept_id").agg(F.median("salary"), F.mode("salary"), F.percentile_approx("salary", 0.5))
