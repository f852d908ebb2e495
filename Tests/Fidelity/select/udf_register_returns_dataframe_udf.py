# data: employees.json

from pyspark.sql import functions as F


def solve(spark, employees):
    initials = spark.udf.register("initials", lambda s: s[:2].upper() if s else None)
    both = employees.select("emp_id", initials("name").alias("api"))
    return both.join(spark.sql("SELECT emp_id, initials(name) AS via_sql FROM employees"), "emp_id")
