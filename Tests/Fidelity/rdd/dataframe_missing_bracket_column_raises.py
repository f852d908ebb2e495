# data: employees.json

def solve(employees):
    return employees.select(employees["salary_typo"])
