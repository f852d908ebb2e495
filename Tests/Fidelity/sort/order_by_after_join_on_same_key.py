# ordered: true
# data: employees.json

def solve(employees, departments):
    return employees.join(departments, "dept_id").select("dept_id", "name", "dept_name").orderBy("dept_id", "name")
