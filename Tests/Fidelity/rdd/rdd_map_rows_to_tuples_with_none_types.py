# data: employees.json

def solve(spark, employees):
    rdd = employees.rdd.map(lambda r: (r.name, r.manager_id, r.salary / 1000 if r.salary else None))
    return spark.createDataFrame(rdd, ["name", "manager", "k"])
