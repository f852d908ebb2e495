# data: employees.json


def solve(employees):
    return employees.groupBy().pivot("dept_id").count()
