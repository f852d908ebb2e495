# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.functions import udf


@udf
def band(salary):
    if salary is None:
        return None
    return "high" if salary >= 8000 else "low"


@udf("int")
def decade(age):
    return None if age is None else (age // 10) * 10


@udf(returnType="boolean")
def is_senior(age, salary):
    return age is not None and salary is not None and age > 35 and salary > 8000


def solve(employees):
    return employees.select("name", band("salary"), decade("age").alias("decade"), is_senior("age", "salary").alias("senior"))
