# data: employees.json

def solve(employees):
    a = employees.select("dept_id")
    return a.union(a)
