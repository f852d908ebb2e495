from pyspark.sql import DataFrame, functions as F


def solve(departments: DataFrame, employees: DataFrame) -> DataFrame:
    return (
        departments.join(employees, "dept_id", "left")
        .groupBy("dept_id", "dept_name")
        .agg(
            F.count("employee_id").alias("headcount"),
            F.round(F.avg("salary"), 2).alias("avg_salary"),
        )
    )
