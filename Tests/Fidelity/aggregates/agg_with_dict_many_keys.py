# data: employees.json

# Past four entries Spark orders the dict's aggregates by its Scala hash map, not as written.
def solve(employees):
    return employees.groupBy("dept_id").agg({"salary": "max", "age": "avg", "*": "count", "emp_id": "min", "manager_id": "max", "name": "min"})
