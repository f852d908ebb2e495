# data: employees.json
def solve(sc, employees):
    senior = employees.rdd.filter(lambda r: r.age is not None and r.age >= 35).count()
    return sc.parallelize([("senior", senior)])
