# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.select(
        "emp_id",
        F.when(F.col("salary") > 8000, None).otherwise(F.col("salary")).alias("capped"),
        F.when(F.col("age") < 30, F.lit("young")).otherwise(None).alias("young"),
        F.coalesce(F.col("manager_id"), F.lit(None), F.lit(0)).alias("boss"),
    )
