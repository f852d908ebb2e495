# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    a = employees.alias("a")
    b = employees.alias("b")
    return (a.join(b, (F.col("a.dept_id") == F.col("b.dept_id")) & (F.col("a.emp_id") < F.col("b.emp_id")))
            .select(F.col("a.dept_id"), F.col("a.name").alias("first"), F.col("b.name").alias("second"),
                    F.abs(F.col("a.salary") - F.col("b.salary")).alias("salary_gap")))
