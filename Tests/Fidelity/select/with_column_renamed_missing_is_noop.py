# data: employees.json

def solve(employees):
    return employees.withColumnRenamed("name", "full_name").withColumnRenamed("does_not_exist", "x").select("emp_id", "full_name")
