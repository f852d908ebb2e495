# data: employees.json

def solve(spark, employees):
    r = employees.first()
    return spark.createDataFrame([(r.salary_typo,)], "x INT")
