# data: employees.json

def solve(employees, departments):
    return employees.select("emp_id", "dept_id").join(departments, "dept_id", "full_outer")
