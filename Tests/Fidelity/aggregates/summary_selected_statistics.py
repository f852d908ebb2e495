# data: employees.json

def solve(employees):
    return employees.select("salary", "name", "hire_date").summary("count", "min", "33%", "count_distinct", "max")
