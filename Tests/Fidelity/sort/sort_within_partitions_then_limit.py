# data: employees.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.sortWithinPartitions(F.desc("salary")).limit(3).select("emp_id")
