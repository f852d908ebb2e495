# data: employees.json

from pyspark.sql.functions import udf


@udf("boolean")
def is_even(n):
    return n is not None and n % 2 == 0


def solve(employees):
    return employees.filter(is_even("emp_id")).select("emp_id")
