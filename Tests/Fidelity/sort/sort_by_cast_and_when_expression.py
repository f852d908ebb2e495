# data: employees.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.orderBy(F.when(F.col("dept_id").isNull(), 0).otherwise(1), F.col("salary").cast("string").desc()).select("emp_id")
