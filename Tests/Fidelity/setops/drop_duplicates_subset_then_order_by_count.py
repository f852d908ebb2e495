# data: salaries.json


def solve(salaries):
    return salaries.dropDuplicates(["dept"]).orderBy("dept").select("dept")
