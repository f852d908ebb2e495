# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return (employees.select("emp_id", "name", "salary")
            .withColumnRenamed("salary", "pay")
            .withColumnRenamed("missing", "whatever")
            .withColumns({"pay_k": F.col("pay") / 1000, "name_len": F.length("name")})
            .withColumnRenamed("pay_k", "thousands"))
