# data: employees.json
# ordered: true
from pyspark.sql import functions as F


def solve(employees):
    return employees.orderBy(F.desc("salary"), "emp_id").limit(3).select("name", "salary")
