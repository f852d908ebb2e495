# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.coalesce(1).orderBy(F.desc("salary")).groupBy("dept_id").agg(F.first("name").alias("top"))
