# data: employees.json

def solve(employees):
    return employees.withColumnsRenamed({"emp_id": "id", "name": "full_name", "missing": "ignored"}).select("id", "full_name")
