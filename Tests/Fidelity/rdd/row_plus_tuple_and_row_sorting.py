# data: employees.json

def solve(sc, employees):
    rows = employees.select("dept_id", "name").where("dept_id IS NOT NULL").collect()
    ordered = sorted(rows, key=lambda r: (r.dept_id, r.name))
    extended = [tuple(r) + (len(r.name),) for r in ordered[:4]]
    return sc.parallelize(extended)
