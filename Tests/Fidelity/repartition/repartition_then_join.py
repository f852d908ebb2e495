# data: employees.json

def solve(employees, departments):
    return employees.repartition(10, "dept_id").join(departments.repartition(10, "dept_id"), "dept_id").select("name", "dept_name")
