# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(spark, employees):
    df = employees.repartition(6, "dept_id")
    return spark.createDataFrame([(df.rdd.getNumPartitions(), df.count())], "p int, n bigint")
