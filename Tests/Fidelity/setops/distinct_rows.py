# data: salaries.json

def solve(salaries):
    return salaries.select("dept", "salary").distinct()
