# data: employees.json

from pyspark.sql import functions as F


@F.udf("boolean")
def senior(age):
    return age is not None and age >= 40


def solve(employees):
    return employees.groupBy(senior("age").alias("senior")).agg(F.count("*").alias("n"))
