# data: employees.json

def solve(employees):
    df = employees.select("emp_id", "name", "dept_id", "salary")
    df = df.replace(["Amit", "Bea"], ["A", "B"]).replace("Chen", None, subset="name")
    return df.fillna(1.5).replace([10, 20], [11.7, 21.2], subset=["dept_id"])
