# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(spark, employees):
    a = employees.repartition(4).coalesce(2).rdd.getNumPartitions()
    b = employees.repartition(3, "dept_id").rdd.getNumPartitions()
    return spark.createDataFrame([(a, b)], "a int, b int")
