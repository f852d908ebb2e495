# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    renamed = employees.select(F.col("name").alias("full name"), F.col("age").alias("age.years"))
    return renamed.select("`full name`", "`age.years`").filter("`age.years` > 40")
