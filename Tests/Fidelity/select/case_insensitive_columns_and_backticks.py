# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.select("NAME", F.col("`Dept_Id`"), employees["SALARY"].alias("pay")).filter(F.col("dept_ID") == 20)
