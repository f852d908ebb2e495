# data: employees.json
def solve(employees):
    return employees.rdd.map(lambda r: r.emp_id).glom()
