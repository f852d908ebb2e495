# data: employees.json

from pyspark.sql import functions as F


def solve(spark, employees):
    top = employees.agg(F.max("salary").alias("m"), F.min("hire_date").alias("d")).collect()[0]
    first = employees.orderBy("emp_id").first()
    n = employees.count()
    return spark.createDataFrame([(top[0], top["m"], str(top.d), first["name"], first.emp_id, n)], ["a", "b", "c", "d", "e", "n"])
