# data: employees.json
def solve(employees):
    pairs = employees.rdd.filter(lambda r: r.salary is not None and r.dept_id is not None).map(lambda r: (r.dept_id, (r.salary, 1)))
    totals = pairs.reduceByKey(lambda a, b: (a[0] + b[0], a[1] + b[1]))
    return totals.mapValues(lambda t: round(t[0] / t[1], 2))
