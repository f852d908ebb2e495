# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select("emp_id", F.monotonically_increasing_id().alias("mid"), F.spark_partition_id().alias("pid"))
