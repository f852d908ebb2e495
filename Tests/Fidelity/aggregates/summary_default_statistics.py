# data: employees.json

def solve(employees):
    return employees.select("age", "salary").summary()
