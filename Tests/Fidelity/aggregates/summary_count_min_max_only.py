# data: employees.json


def solve(employees):
    return employees.select("salary", "age", "name").summary("count", "min", "max", "25%")
