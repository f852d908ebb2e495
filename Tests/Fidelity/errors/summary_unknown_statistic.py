# data: employees.json

def solve(employees):
    return employees.select("salary").summary("count", "median")
