# data: employees.json

def solve(spark, employees):
    salaries = [r.salary for r in employees.select("salary").collect() if r.salary is not None]
    names = [r["name"] for r in employees.orderBy("name").collect()]
    return spark.createDataFrame([(max(salaries), min(salaries), sum(salaries) / len(salaries), names[0], names[-1])], "mx INT, mn INT, mean DOUBLE, first STRING, last STRING")
