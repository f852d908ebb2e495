# data: employees.json


def solve(employees):
    return employees.drop("no_such_column", "hire_date", "age").drop("manager_id", "also_missing")
