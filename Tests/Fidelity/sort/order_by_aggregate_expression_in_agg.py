# data: employees.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.groupBy("dept_id").agg(F.count("*").alias("n")).orderBy(F.desc("n"), F.asc_nulls_first("dept_id"))
