# data: employees.json
from pyspark.sql import functions as F


def solve(employees):
    decade = (F.col("age") / 10).cast("int").alias("decade")
    return employees.groupBy(decade).agg(F.sum_distinct("salary"), F.countDistinct("dept_id"), F.avg("salary"))
