# data: employees.json
# ordered: true

from pyspark.sql import functions as F


def solve(employees):
    return employees.select("name", (F.col("salary") / F.col("age")).alias("per_year")).orderBy(F.col("per_year").desc_nulls_last(), "name")
