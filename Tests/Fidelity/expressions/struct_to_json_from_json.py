# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    packed = employees.select("emp_id", F.to_json(F.struct("name", "salary", "hire_date")).alias("js"))
    parsed = packed.select("emp_id", "js", F.from_json("js", "name STRING, salary INT, hire_date DATE").alias("p"))
    return parsed.select("emp_id", "js", "p.name", "p.salary", F.col("p.hire_date").alias("hired"))
