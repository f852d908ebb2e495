# data: employees.json

from pyspark.sql import functions as F


def solve(spark, employees):
    names = {r["dept_id"]: r.n for r in employees.groupBy("dept_id").agg(F.count("*").alias("n")).collect()}
    ordered = sorted((k if k is not None else -1, v) for k, v in names.items())
    return spark.createDataFrame(ordered, ["dept", "n"])
