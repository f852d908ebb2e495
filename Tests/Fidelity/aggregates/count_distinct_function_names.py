# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.agg(F.count_distinct("dept_id"), F.countDistinct("manager_id", "dept_id"), F.sum_distinct("salary"), F.approx_count_distinct("dept_id"))
