# data: employees.json

def solve(spark, employees):
    rows = employees.where("dept_id = 10").orderBy("emp_id").collect()
    names = [r.name for r in rows]
    firsts = [r["emp_id"] for r in rows]
    pairs = [(r[0], r.asDict()["salary"]) for r in rows]
    data = [(n, i, p[1]) for n, i, p in zip(names, firsts, pairs)]
    return spark.createDataFrame(data, "name string, emp_id int, salary int")
