# data: employees.json
# ordered: true

def solve(employees):
    return employees.orderBy(["dept_id", "age"], ascending=[False, True]).select("dept_id", "age", "name")
