# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.groupBy("dept_id").agg(F.bool_and(F.col("salary") > 6000), F.every(F.col("age") > 25), F.some(F.col("age") > 40), F.bool_or(F.col("salary").isNull()))
