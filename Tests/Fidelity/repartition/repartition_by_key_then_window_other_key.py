# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.repartition("dept_id").withColumn("r", F.row_number().over(Window.partitionBy("manager_id").orderBy("emp_id")))
