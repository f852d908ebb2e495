# data: employees.json

def solve(spark):
    return spark.sql("SELECT dept_id, max(salary) AS top FROM employees GROUP BY dept_id")
