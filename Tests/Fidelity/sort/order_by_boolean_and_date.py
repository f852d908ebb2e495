# data: employees.json
# ordered: true

from pyspark.sql import functions as F


def solve(employees):
    return employees.orderBy((F.col("age") > 30).alias("older"), F.col("hire_date").desc()).select("name", "age", "hire_date")
