# data: employees.json

from pyspark.sql import Row


def solve(spark, employees):
    rdd = employees.where("dept_id = 10").rdd.map(lambda r: r.asDict()).map(lambda d: Row(name=d["name"].upper(), bonus=(d["salary"] or 0) // 10))
    return spark.createDataFrame(rdd)
