# data: employees.json

def solve(employees):
    return employees.coalesce(1).groupBy("dept_id").count()
