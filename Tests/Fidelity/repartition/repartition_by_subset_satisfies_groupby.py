# data: employees.json

def solve(employees):
    return employees.repartition("dept_id").groupBy("dept_id", "manager_id").count()
