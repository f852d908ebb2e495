# data: employees.json

def solve(employees, departments):
    return employees.join(departments, "no_such_key")
