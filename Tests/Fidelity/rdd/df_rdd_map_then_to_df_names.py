# data: employees.json

def solve(employees):
    rdd = employees.rdd.filter(lambda r: r.salary is not None).map(lambda r: (r.name.upper(), r.salary * 2, r.dept_id is None))
    return rdd.toDF(["name", "double_salary", "no_dept"])
