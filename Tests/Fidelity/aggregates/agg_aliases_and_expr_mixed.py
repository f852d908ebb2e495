# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.groupBy("dept_id").agg(
        F.count("*").alias("n"),
        F.expr("sum(salary) / count(*)").alias("per_head"),
        F.expr("count(DISTINCT manager_id)"),
        F.round(F.avg("age"), 1).alias("avg_age"),
        F.expr("percentile(salary, 0.5)").alias("median"),
        F.sum(F.when(F.col("age") > 30, 1).otherwise(0)).alias("over30"),
    )
