# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    per_person = employees.groupBy("dept_id", "name").agg(F.sum("salary").alias("s")).cache()
    return per_person.groupBy("dept_id").agg(F.max("s").alias("top"))
