# data: salaries.json

def solve(salaries):
    return (
        salaries.rdd.filter(lambda r: r.salary is not None).map(lambda r: (r.dept, r.salary))
        .groupByKey()
        .mapValues(lambda vs: sorted(vs, reverse=True))
        .map(lambda kv: (kv[0], kv[1][0], len(kv[1])))
    )
