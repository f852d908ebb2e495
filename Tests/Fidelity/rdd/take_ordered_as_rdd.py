# data: salaries.json
def solve(sc, salaries):
    top = salaries.rdd.filter(lambda r: r.salary is not None).takeOrdered(3, key=lambda r: -r.salary)
    return sc.parallelize([(r.name, r.salary) for r in top])
