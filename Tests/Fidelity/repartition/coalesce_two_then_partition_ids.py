# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.repartition(4).coalesce(2).select("emp_id", F.spark_partition_id().alias("p")).groupBy("p").count()
