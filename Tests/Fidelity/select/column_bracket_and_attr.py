# data: employees.json

def solve(employees):
    return employees.select(employees["name"], employees.salary, employees.age + 1)
