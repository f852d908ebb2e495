# Known wrong: >= also returns employees paid exactly as much as their manager.
from pyspark.sql import DataFrame, functions as F


def solve(employees: DataFrame) -> DataFrame:
    e = employees.alias("e")
    m = employees.alias("m")
    return (
        e.join(m, F.col("e.manager_id") == F.col("m.employee_id"))
        .where(F.col("e.salary") >= F.col("m.salary"))
        .select(
            F.col("e.employee_id"),
            F.col("e.name"),
            F.col("e.salary"),
            F.col("m.name").alias("manager_name"),
            F.col("m.salary").alias("manager_salary"),
        )
    )
