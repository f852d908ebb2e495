# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.select(
        "name",
        F.when(F.col("salary") > 8000, F.col("salary") * 1.5).when(F.col("salary") > 6000, 100).otherwise(0).alias("bonus"),
        F.when(F.col("age") < 30, "young").when(F.col("age") >= 40, F.lit(40)).alias("band"),
        F.coalesce(F.col("manager_id"), F.col("emp_id").cast("bigint")).alias("boss"),
    )
