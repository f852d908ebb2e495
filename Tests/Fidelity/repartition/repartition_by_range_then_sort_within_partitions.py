# data: employees.json

def solve(employees):
    return employees.repartitionByRange(2, "dept_id").sortWithinPartitions("dept_id", "salary").select("dept_id", "salary", "name")
