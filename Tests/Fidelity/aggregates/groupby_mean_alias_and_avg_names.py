# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.groupBy("dept_id").agg(F.mean("salary"), F.avg("age"))
