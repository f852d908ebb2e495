# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.withColumns({"double_age": F.col("age") * 2, "initial": F.substring("name", 1, 1)}).select("name", "double_age", "initial")
