# data: salaries.json

from pyspark.sql import functions as F


def solve(salaries):
    ranked = salaries.selectExpr("*", "rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS r")
    return ranked.withColumn("pair", F.expr("sum(salary) OVER (PARTITION BY dept ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)"))
