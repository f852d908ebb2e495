# data: employees.json

def solve(employees, departments):
    return employees.select("dept_id", "name").union(departments.select("dept_id", "dept_name"))
