# data: employees.json


def solve(spark, employees):
    return spark.sql("SELECT name, salary FROM employees WHERE salary > :min_salary AND dept_id = :dept",
                     args={"min_salary": 7000, "dept": 10})
