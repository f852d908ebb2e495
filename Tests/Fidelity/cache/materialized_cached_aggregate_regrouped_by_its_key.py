# data: employees.json
from pyspark.sql import functions as F


def solve(employees):
    per_dept = employees.groupBy("dept_id").agg(F.sum("salary").alias("total")).cache()
    per_dept.count()
    return per_dept.groupBy("dept_id").agg(F.max("total").alias("top"))
