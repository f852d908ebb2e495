# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.where("dept_id IN (10, 20) AND name LIKE '%a%' AND salary IS NOT NULL")
