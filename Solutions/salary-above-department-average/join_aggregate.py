# Correct rows, but groupBy + join shuffles twice: the plan rule allows one shuffle.
from pyspark.sql import DataFrame, functions as F


def solve(employees: DataFrame) -> DataFrame:
    known = employees.where(F.col("dept").isNotNull())
    averages = known.groupBy("dept").agg(F.avg("salary").alias("dept_avg_salary"))
    return (
        known.join(averages, "dept")
        .where(F.col("salary") > F.col("dept_avg_salary"))
        .select("emp_id", "name", "dept", "salary", "dept_avg_salary")
    )
