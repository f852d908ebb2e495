# data: employees.json

def solve(employees):
    filled = employees.fillna({"salary": 0, "dept_id": -1})
    return filled.na.fill(99, subset=["age"]).select("emp_id", "dept_id", "salary", "age")
