# data: employees.json

def solve(employees):
    seniors = employees.filter("age >= 30").cache()
    seniors.count()
    return seniors.groupBy("dept_id").count()
