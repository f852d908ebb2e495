# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    d = employees.select("dept_id")
    return d.exceptAll(d.limit(3)).groupBy("dept_id").count()
