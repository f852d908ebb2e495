# data: salaries.json
def solve(salaries):
    pairs = salaries.rdd.filter(lambda r: r.salary is not None).map(lambda r: (r.dept, r.salary))
    return pairs.combineByKey(lambda v: v, max, max)
