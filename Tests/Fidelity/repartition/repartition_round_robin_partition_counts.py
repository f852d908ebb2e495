# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.repartition(3).groupBy(F.spark_partition_id().alias("p")).count()
