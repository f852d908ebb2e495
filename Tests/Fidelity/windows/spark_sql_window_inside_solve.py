# data: salaries.json


def solve(spark, salaries):
    salaries.createOrReplaceTempView("s")
    return spark.sql("SELECT dept, name, salary, salary - avg(salary) OVER (PARTITION BY dept) AS diff FROM s WHERE dept IS NOT NULL")
