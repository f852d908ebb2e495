# data: salaries.json
def solve(salaries):
    pairs = salaries.rdd.filter(lambda r: r.salary is not None).map(lambda r: (r.dept, (r.salary, r.name)))
    return pairs.groupByKey().mapValues(lambda vs: [name for _, name in sorted(vs, reverse=True)[:2]])
