# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    band = (F.when(F.col("salary") >= 9000, "high")
            .when(F.col("salary") >= 7000, "mid")
            .otherwise("low"))
    return employees.select("name", "salary", band.alias("band"))
