# data: employees.json

def solve(employees):
    return employees.repartitionByRange(3, "salary")
