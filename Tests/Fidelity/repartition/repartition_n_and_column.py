# data: employees.json

def solve(employees):
    return employees.repartition(3, "dept_id", "age")
