# data: employees.json

from pyspark.sql import functions as F


def solve(employees, departments):
    return (employees.join(F.broadcast(departments), "dept_id")
            .groupBy("location").agg(F.count("*").alias("people"), F.avg("salary").alias("avg_salary")))
