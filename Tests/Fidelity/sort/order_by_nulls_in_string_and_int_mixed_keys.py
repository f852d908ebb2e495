# data: employees.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.orderBy(F.col("age").desc_nulls_first(), F.col("name").asc()).select("emp_id", "age")
