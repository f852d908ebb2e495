# data: employees.json

def solve(employees):
    return employees.orderBy("hired")
