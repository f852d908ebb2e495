# data: employees.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.sort(F.asc_nulls_last("manager_id"), F.desc_nulls_first("age")).select("emp_id", "manager_id", "age")
