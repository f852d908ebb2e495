# ordered: true
# data: employees.json

def solve(employees):
    return (
        employees.rdd.map(lambda r: (r.dept_id, r.salary, r.name))
        .filter(lambda t: t[0] is not None and t[1] is not None)
        .sortBy(lambda t: (t[0], -t[1]))
    )
