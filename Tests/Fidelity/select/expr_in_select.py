# data: employees.json

from pyspark.sql.functions import expr


def solve(employees):
    return employees.select(expr("salary DIV 1000"), expr("salary % 1000 AS rest"), expr("nvl(dept_id, -1)"))
