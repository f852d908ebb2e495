# data: employees.json

def solve(employees):
    return employees.select("NAME", "Salary").filter("EMP_ID = 1")
