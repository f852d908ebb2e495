# data: salaries.json

def solve(salaries):
    pairs = salaries.rdd.filter(lambda r: r.salary is not None and r.dept is not None).map(lambda r: (r.dept, r.salary))
    sums = pairs.aggregateByKey((0, 0), lambda acc, v: (acc[0] + v, acc[1] + 1), lambda a, b: (a[0] + b[0], a[1] + b[1]))
    return sums.mapValues(lambda t: round(t[0] / t[1], 2))
