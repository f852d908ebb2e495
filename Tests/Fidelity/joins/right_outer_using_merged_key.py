# data: employees.json

def solve(employees, departments):
    return employees.join(departments, "dept_id", "right").select("dept_id", "name", "dept_name")
