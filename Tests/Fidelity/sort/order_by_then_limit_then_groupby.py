# data: employees.json

def solve(employees):
    top = employees.orderBy(employees.salary.desc_nulls_last(), "emp_id").limit(5)
    return top.groupBy("dept_id").count()
