# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.filter(F.year("hire_date") >= 2020).filter(F.month("hire_date").between(1, 6)).select("name")
