# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return (employees
            .withColumn("bonus", F.col("salary") * 0.1)
            .withColumn("total", F.col("salary") + F.col("bonus"))
            .withColumn("salary", F.col("total").cast("int"))
            .withColumn("band", F.when(F.col("salary") > 9000, "high").when(F.col("salary") > 7000, "mid"))
            .select("name", "salary", "bonus", "total", "band"))
