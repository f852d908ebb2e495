# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.groupBy("dept_id").agg(F.sum(F.col("salary") * 2), F.avg(F.col("age") + 1), F.max(F.length("name")), F.min(F.col("hire_date")))
