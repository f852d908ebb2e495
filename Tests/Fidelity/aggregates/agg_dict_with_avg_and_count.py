# data: employees.json


def solve(employees):
    return employees.groupBy("dept_id").agg({"salary": "avg", "emp_id": "count", "age": "max"})
