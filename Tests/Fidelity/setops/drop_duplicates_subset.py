# data: salaries.json

def solve(salaries):
    return salaries.dropDuplicates(["dept"]).select("dept")
