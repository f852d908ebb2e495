# data: employees.json

def solve(employees, departments):
    return employees.select("emp_id").filter("emp_id <= 2").crossJoin(departments.select("dept_name"))
