# data: employees.json

from pyspark.sql import Row


def solve(spark, employees):
    lines = employees.where("emp_id IN (1, 8, 9)").orderBy("emp_id").select("emp_id", "name", "salary", "dept_id").toJSON().collect()
    return spark.createDataFrame([Row(i=i, line=l) for i, l in enumerate(lines)])
