# data: employees.json


def solve(employees):
    return employees.crosstab("dept_id", "manager_id")
