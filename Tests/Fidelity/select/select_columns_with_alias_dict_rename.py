# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    mapping = {"emp_id": "id", "name": "full_name", "salary": "pay"}
    return employees.select([F.col(old).alias(new) for old, new in mapping.items()]).withColumnsRenamed({"pay": "salary_usd"})
