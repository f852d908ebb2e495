# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    band = F.udf(lambda age: "30+" if age is not None and age >= 30 else "under 30")
    return employees.groupBy(band("age").alias("band")).count()
