# data: employees.json

def solve(employees):
    renamed = employees.withColumnRenamed("name", "employee")
    return renamed.select(employees.name)
