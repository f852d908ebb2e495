# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    g = employees.groupBy("dept_id")
    return g.max("salary", "age").join(g.mean("salary", "age"), "dept_id").join(g.sum("age"), "dept_id")
