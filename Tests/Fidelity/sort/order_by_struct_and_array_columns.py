# data: employees.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select("emp_id", F.struct("dept_id", "age").alias("s"), F.array("dept_id", "age").alias("a")).orderBy("s", F.desc("a"))
