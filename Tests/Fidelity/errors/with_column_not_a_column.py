# data: employees.json

def solve(employees):
    return employees.withColumn("bonus", 100)
