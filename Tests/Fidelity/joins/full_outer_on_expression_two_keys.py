# data: employees.json

def solve(employees, departments):
    e = employees.select("emp_id", "dept_id")
    return e.join(departments, e.dept_id == departments.dept_id, "full")
