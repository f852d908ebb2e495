# data: employees.json
# ordered: true

def solve(employees):
    return employees.orderBy("emp_id").offset(9).select("emp_id")
