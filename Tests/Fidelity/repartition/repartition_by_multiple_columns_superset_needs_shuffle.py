# data: employees.json

def solve(employees):
    return employees.repartition("dept_id", "manager_id").groupBy("dept_id").count()
