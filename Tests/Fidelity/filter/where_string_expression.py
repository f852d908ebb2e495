# data: employees.json

def solve(employees):
    return employees.where("salary > 7000 AND dept_id = 10")
