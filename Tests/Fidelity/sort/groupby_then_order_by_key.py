# data: employees.json
# ordered: true

def solve(employees):
    return employees.groupBy("dept_id").count().orderBy("dept_id")
