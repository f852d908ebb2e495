# data: employees.json

from pyspark.sql import functions as F


def solve(employees, departments):
    joined = employees.join(F.broadcast(departments), "dept_id")
    return joined.groupBy("manager_id").agg(F.count("*").alias("reports"), F.collect_set("location").alias("locations"))
