# data: employees.json

def solve(employees):
    return employees.repartition(2, "dept_id").sortWithinPartitions("salary").select("dept_id", "salary")
