# data: employees.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.orderBy(F.desc("salary"), "emp_id").limit(5).offset(2).select("emp_id")
