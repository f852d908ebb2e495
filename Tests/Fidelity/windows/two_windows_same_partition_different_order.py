# data: employees.json

from pyspark.sql import Window
from pyspark.sql import functions as F


def solve(employees):
    by_salary = Window.partitionBy("dept_id").orderBy("salary")
    by_hire = Window.partitionBy("dept_id").orderBy("hire_date")
    return employees.select(
        "name", "dept_id",
        F.rank().over(by_salary).alias("salary_rank"),
        F.row_number().over(by_hire).alias("seniority"),
    )
