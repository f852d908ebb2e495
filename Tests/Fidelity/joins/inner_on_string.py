# data: employees.json

def solve(employees, departments):
    return employees.join(departments, "dept_id").select("name", "dept_name")
