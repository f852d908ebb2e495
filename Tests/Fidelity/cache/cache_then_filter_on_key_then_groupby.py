# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    c = employees.repartition(4, "dept_id").cache()
    return c.filter("salary > 5000").groupBy("dept_id").count()
