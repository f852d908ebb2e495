# data: employees.json

def solve(employees):
    df = employees.select("emp_id", "name", "dept_id")
    return df.na.replace({"Amit": "Amitabh", "Bea": "Beatrice"}, subset=["name"]).replace(10, 100)
