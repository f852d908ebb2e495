# data: employees.json

def solve(employees):
    return employees.groupBy("department").count()
