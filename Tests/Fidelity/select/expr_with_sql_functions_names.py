# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.select(
        "name",
        F.expr("nvl(salary, 0) * 2"),
        F.expr("upper(substr(name, 1, 2))"),
        F.expr("CASE WHEN age >= 40 THEN 'senior' WHEN age >= 30 THEN 'mid' END").alias("band"),
        F.expr("date_format(hire_date, 'yyyy-MM')"),
        F.expr("salary > 7000 AND dept_id = 10"),
    )
