# data: employees.json

def solve(employees):
    return employees.repartition(4).groupBy("dept_id").count()
