# data: employees.json

def solve(employees):
    return employees.filter("age > 25").filter("salary < 9000").filter("dept_id IS NOT NULL").select("name")
