# data: employees.json

def solve(employees):
    return employees.filter(employees.salary + 1)
