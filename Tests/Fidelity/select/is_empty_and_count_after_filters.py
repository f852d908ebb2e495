# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(spark, employees):
    a = employees.filter("salary > 100000").isEmpty()
    b = employees.filter("salary > 8000").filter(F.col("dept_id") == 20).count()
    c = employees.where(F.col("age").isNull()).count()
    return spark.createDataFrame([(a, b, c)], "empty boolean, n bigint, nulls bigint")
