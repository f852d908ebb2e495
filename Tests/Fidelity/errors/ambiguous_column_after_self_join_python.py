# data: employees.json


def solve(employees):
    e = employees.alias("e")
    m = employees.alias("m")
    return e.join(m, e.manager_id == m.emp_id).select("name", "salary")
