# data: employees.json

def solve(employees):
    return employees.groupBy("dept_id").agg({"salary": "max", "age": "avg", "*": "count"})
