# data: employees.json

def solve(employees):
    return employees.selectExpr("name", "salary * 1.1", "upper(name) AS shout", "age IS NULL", "CAST(age AS STRING)")
