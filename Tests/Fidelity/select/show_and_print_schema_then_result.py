# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    df = employees.select("name", F.struct("dept_id", "salary").alias("pay")).orderBy("name")
    df.printSchema()
    df.show(3, truncate=False)
    df.show(2, vertical=True)
    df.show(n=1, truncate=3)
    return df.limit(4)
