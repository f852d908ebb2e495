# data: employees.json
# ordered: true

def solve(employees):
    return employees.orderBy("salary").select("name", "salary")
