# data: employees.json

def solve(employees):
    return employees.limit(5).select("emp_id")
