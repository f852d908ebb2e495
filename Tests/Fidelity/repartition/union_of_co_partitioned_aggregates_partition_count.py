# data: employees.json
from pyspark.sql import functions as F
def solve(spark, employees):
    a = employees.groupBy("dept_id").agg(F.sum("salary").alias("s"))
    b = employees.groupBy("dept_id").agg(F.max("salary").alias("s"))
    u = a.union(b)
    n = u.rdd.getNumPartitions()
    m = a.union(employees.select("dept_id", "salary")).rdd.getNumPartitions()
    return spark.createDataFrame([(n, m)], "n INT, m INT")
