# data: employees.json

from pyspark.sql import functions as F


def solve(spark, employees):
    spark.udf.register("band", lambda s: "high" if s is not None and s >= 8000 else "low", "string")
    return employees.select(
        "emp_id",
        F.call_udf("band", F.col("salary")),
        F.call_function("upper", "name"),
        F.call_function("transform", F.array("emp_id", "age"), F.expr("x -> x + 1")).alias("bumped"),
    )
