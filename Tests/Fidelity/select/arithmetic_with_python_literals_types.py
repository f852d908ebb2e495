# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select("emp_id", (F.col("salary") + 1.5).alias("a"), (F.col("age") * 2).alias("b"), (10 - F.col("age")).alias("c"), (F.col("salary") / 2).alias("d"), (F.col("age") % 7).alias("e"), (2 ** F.col("dept_id") / 1e10).alias("f")).filter("emp_id <= 3")
