# data: employees.json

def solve(sc, employees):
    by_dept = employees.rdd.keyBy(lambda r: r.dept_id)
    names = sorted(r.name for r in by_dept.lookup(10))
    return sc.parallelize([(n,) for n in names])
