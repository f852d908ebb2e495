# Known wrong: the join condition is reversed, so each manager is paired with a report.
from pyspark.sql import DataFrame, functions as F


def solve(employees: DataFrame) -> DataFrame:
    e = employees.alias("e")
    m = employees.alias("m")
    return (
        e.join(m, F.col("e.employee_id") == F.col("m.manager_id"))
        .where(F.col("e.salary") > F.col("m.salary"))
        .select(
            F.col("e.employee_id"),
            F.col("e.name"),
            F.col("e.salary"),
            F.col("m.name").alias("manager_name"),
            F.col("m.salary").alias("manager_salary"),
        )
    )
