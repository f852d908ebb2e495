# data: employees.json

def solve(employees, departments):
    a = employees.select("name", "dept_id")
    b = departments.select("location", "dept_id")
    c = departments.select("dept_name")
    return a.unionByName(b, allowMissingColumns=True).unionByName(c, allowMissingColumns=True)
