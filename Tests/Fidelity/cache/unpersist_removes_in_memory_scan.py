# data: employees.json

def solve(employees):
    cached = employees.cache()
    cached.count()
    cached.unpersist()
    return cached.groupBy("dept_id").count()
