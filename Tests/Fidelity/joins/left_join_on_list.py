# data: employees.json

def solve(employees, departments):
    return employees.join(departments, ["dept_id"], "left").select("emp_id", "dept_id", "dept_name")
