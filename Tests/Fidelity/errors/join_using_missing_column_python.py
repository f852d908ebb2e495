# data: employees.json


def solve(employees, departments):
    return employees.join(departments, "dept_name")
