# data: employees.json

def solve(employees):
    return employees.select("dept_id").distinct()
