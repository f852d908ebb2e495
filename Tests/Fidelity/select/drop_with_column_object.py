# data: employees.json

def solve(employees, departments):
    joined = employees.join(departments, employees.dept_id == departments.dept_id)
    return joined.drop(departments.dept_id).select("name", "dept_id", "dept_name")
