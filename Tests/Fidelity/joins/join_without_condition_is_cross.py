# data: employees.json

def solve(employees, departments):
    return employees.select("name").limit(2).join(departments.select("dept_name"))
