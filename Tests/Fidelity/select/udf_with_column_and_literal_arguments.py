# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    raise_by = F.udf(lambda s, pct: None if s is None else int(s * (100 + pct) / 100), "int")
    label = F.udf(lambda name, dept: f"{name}@{dept}", "string")
    return employees.select("emp_id", raise_by("salary", F.lit(10)).alias("raised"), label("name", F.coalesce("dept_id", F.lit(0))).alias("label"))
