# data: employees.json


def solve(employees):
    return employees.select("name.*")
