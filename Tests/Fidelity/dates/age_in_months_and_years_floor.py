# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    ref = F.lit("2024-06-30").cast("date")
    return employees.select("emp_id", "hire_date", F.floor(F.months_between(ref, "hire_date")).alias("months"), (F.floor(F.months_between(ref, "hire_date") / 12)).alias("years"),
                            F.datediff(ref, "hire_date").alias("days"))
