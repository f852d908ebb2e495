# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.limit(2).selectExpr("named_struct('a', 1, 'b', name) AS s", "array(1, 2) AS arr", "map('k', salary) AS m", "struct(name, age)")
