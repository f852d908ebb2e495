# data: employees.json

def solve(employees, departments):
    return employees.select("dept_id").intersect(departments.select("dept_id"))
