# data: salaries.json

def solve(salaries):
    return salaries.orderBy("salary").groupBy("dept").count()
