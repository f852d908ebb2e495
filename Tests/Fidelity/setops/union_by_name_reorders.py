# data: employees.json

def solve(employees):
    a = employees.select("emp_id", "name").filter("emp_id < 3")
    b = employees.select("name", "emp_id").filter("emp_id > 10")
    return a.unionByName(b)
