# data: employees.json

def solve(employees):
    return employees.repartition("dept_id").groupBy("manager_id").count()
