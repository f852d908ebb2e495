# data: employees.json

def solve(employees):
    return employees.drop("hire_date", "manager_id", "no_such_column")
