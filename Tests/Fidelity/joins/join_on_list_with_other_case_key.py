# data: employees.json


def solve(employees, departments):
    return employees.join(departments, on=["DEPT_ID"], how="inner").select("DEPT_ID", "name", "dept_name")
