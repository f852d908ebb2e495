# data: employees.json

from pyspark.sql import functions as F


@F.udf("int")
def bucket(salary):
    return None if salary is None else salary // 2500


def solve(employees):
    return employees.where(bucket("salary") >= 3).select("name", bucket("salary").alias("b"))
