# data: employees.json

def solve(sc, employees):
    rows = employees.rdd
    senior = rows.filter(lambda r: r["age"] is not None and r["age"] > 40).map(lambda r: r.asDict()["name"])
    return sc.parallelize([(senior.count(), ",".join(sorted(senior.collect())), rows.getNumPartitions())])
