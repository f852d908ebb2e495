# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    split_name = F.udf(lambda n: (n[0], len(n)), "initial STRING, length INT")
    parsed = employees.select("emp_id", split_name("name").alias("p"))
    return parsed.select("emp_id", "p.initial", F.col("p.length"), "p")
