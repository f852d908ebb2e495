# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.repartition(F.col("dept_id") % 2).groupBy(F.col("dept_id") % 2).count()
