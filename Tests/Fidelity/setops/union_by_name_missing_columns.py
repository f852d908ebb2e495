# data: employees.json

def solve(employees, departments):
    return employees.select("dept_id", "name").unionByName(departments.select("location", "dept_id"), allowMissingColumns=True)
