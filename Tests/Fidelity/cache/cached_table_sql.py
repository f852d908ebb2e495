# data: employees.json

def solve(spark, employees):
    spark.catalog.cacheTable("employees")
    return spark.sql("SELECT dept_id, count(*) AS n FROM employees GROUP BY dept_id")
