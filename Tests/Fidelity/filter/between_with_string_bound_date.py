# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.filter(F.col("hire_date").between("2017-01-01", "2019-12-31")).select("name", "hire_date")
