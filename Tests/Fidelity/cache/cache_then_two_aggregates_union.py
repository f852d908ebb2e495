# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    base = employees.filter("salary IS NOT NULL").cache()
    by_dept = base.groupBy("dept_id").agg(F.sum("salary").alias("v")).withColumn("kind", F.lit("dept"))
    total = base.agg(F.sum("salary").alias("v")).withColumn("dept_id", F.lit(None).cast("int")).withColumn("kind", F.lit("all"))
    return by_dept.unionByName(total)
