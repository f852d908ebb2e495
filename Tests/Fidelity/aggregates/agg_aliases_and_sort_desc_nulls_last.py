# ordered: true
# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return (
        employees.groupBy("dept_id")
        .agg(F.avg("age").alias("avg_age"), F.max("salary").alias("top"), F.countDistinct("manager_id").alias("managers"))
        .orderBy(F.col("top").desc_nulls_last(), F.asc_nulls_first("dept_id"))
    )
