# data: employees.json

def solve(employees):
    return employees.groupby("dept_id").counts()
