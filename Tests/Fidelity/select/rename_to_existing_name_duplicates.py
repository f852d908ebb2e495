# data: employees.json

def solve(employees):
    return employees.select("emp_id", "name", "age").withColumnRenamed("age", "name").filter("emp_id < 3")
