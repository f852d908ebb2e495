# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(spark, employees, departments):
    j = employees.join(departments, employees.dept_id == departments.dept_id).drop("dept_id")
    return spark.createDataFrame([(",".join(j.columns),)], "c string")
