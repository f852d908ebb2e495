# data: employees.json

def solve(employees, departments):
    return departments.select("dept_name", "location").union(employees.select("name", "name"))
