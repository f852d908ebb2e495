# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    df = employees.withColumnsRenamed({"emp_id": "id", "dept_id": "dept"})
    df = df.withColumns({"bonus": F.col("salary") * 0.1, "senior": F.col("age") >= 35})
    return df.selectExpr("id", "dept", "CASE WHEN senior THEN 'senior' ELSE 'junior' END AS level", "round(bonus, 1) AS bonus")
