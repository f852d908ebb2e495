# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    pairs = employees.groupBy("dept_id", "manager_id").agg(F.count("*").alias("n"))
    return employees.join(pairs, ["dept_id", "manager_id"]).groupBy("dept_id").agg(F.sum("n").alias("s"))
