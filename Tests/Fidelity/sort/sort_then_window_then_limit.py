# data: employees.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.withColumn("r", F.row_number().over(Window.orderBy(F.desc("salary")))).orderBy("r").limit(3).select("emp_id", "r")
