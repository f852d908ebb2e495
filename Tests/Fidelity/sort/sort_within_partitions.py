# data: employees.json

def solve(employees):
    return employees.sortWithinPartitions("age").select("emp_id", "age")
