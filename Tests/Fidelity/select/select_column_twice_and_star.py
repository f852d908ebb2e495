# data: employees.json

def solve(employees):
    return employees.select("name", "name", "emp_id").filter("emp_id < 3")
