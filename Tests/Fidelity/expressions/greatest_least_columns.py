# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.select(
        "emp_id",
        F.greatest("salary", "age", F.lit(5000)).alias("g"),
        F.least("salary", "age").alias("l"),
        F.greatest(F.col("dept_id"), F.col("manager_id")),
    )
