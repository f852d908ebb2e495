from pyspark.sql import DataFrame, functions as F


def solve(departments: DataFrame, employees: DataFrame) -> DataFrame:
    per_dept = employees.groupBy("dept_id").agg(
        F.count("*").alias("headcount"),
        F.round(F.avg("salary"), 2).alias("avg_salary"),
    )
    return departments.join(per_dept, "dept_id", "left").select(
        "dept_id",
        "dept_name",
        F.coalesce(F.col("headcount"), F.lit(0)).alias("headcount"),
        "avg_salary",
    )
