# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.select(
        "emp_id",
        F.when(F.col("salary") > 8000, 1).when(F.col("salary") > 6000, 2.5).otherwise(0).alias("mixed"),
        F.when(F.col("age") > 40, F.col("age")).otherwise(F.col("salary").cast("bigint")).alias("int_or_long"),
    )
