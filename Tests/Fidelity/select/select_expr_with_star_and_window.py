# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    return salaries.selectExpr("*", "row_number() OVER (PARTITION BY dept ORDER BY salary DESC) AS rn", "salary - avg(salary) OVER (PARTITION BY dept) AS diff")
