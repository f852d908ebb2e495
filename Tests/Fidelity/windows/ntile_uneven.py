# data: employees.json
from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(employees):
    return employees.select("emp_id", F.ntile(5).over(Window.orderBy("emp_id")).alias("bucket"))
