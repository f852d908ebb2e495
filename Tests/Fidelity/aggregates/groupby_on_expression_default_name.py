# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.groupBy(F.year("hire_date"), (F.col("age") / 10).cast("int")).count()
