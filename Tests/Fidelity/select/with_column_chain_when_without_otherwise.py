# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return (
        employees.withColumn("grade", F.when(F.col("salary") >= 9000, "A").when(F.col("salary") >= 7000, "B"))
        .withColumn("grade_code", F.when(F.col("grade") == "A", 1).when(F.col("grade") == "B", 2))
        .withColumn("is_graded", F.col("grade").isNotNull())
        .withColumn("salary", F.col("salary") + F.col("grade_code"))
        .select("emp_id", "grade", "grade_code", "is_graded", "salary")
    )
