# data: employees.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.orderBy((F.col("salary") > 7000).desc(), "emp_id").select("emp_id")
