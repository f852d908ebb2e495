# data: employees.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.groupBy("dept_id").agg(F.avg("salary").alias("avg_sal")).orderBy(F.col("avg_sal").desc_nulls_last(), "dept_id")
