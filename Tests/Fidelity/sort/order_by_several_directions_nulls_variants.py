# data: employees.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.orderBy(F.col("dept_id").desc_nulls_first(), F.col("salary").asc_nulls_last(), F.desc("emp_id")).select("emp_id", "dept_id", "salary")
