# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.selectExpr("name", "if(salary IS NULL, 0, salary) AS s", "nvl(dept_id, 0) AS d", "nvl2(manager_id, 'has', 'none') AS m")
