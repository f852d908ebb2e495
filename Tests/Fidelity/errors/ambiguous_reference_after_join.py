# data: employees.json

def solve(employees, departments):
    return employees.join(departments, employees.dept_id == departments.dept_id).select("dept_id")
