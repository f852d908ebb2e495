# data: employees.json

def solve(employees, departments):
    return employees.select("dept_id", "name").unionByName(departments.select("dept_id", "dept_name"))
