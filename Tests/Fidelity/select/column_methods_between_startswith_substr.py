# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.types import StringType


def solve(employees):
    return employees.where(F.col("salary").between(6000, 9000) & ~F.col("name").startswith("G")).select(
        "name",
        F.col("name").substr(1, 2).alias("prefix"),
        F.col("dept_id").cast(StringType()).alias("dept"),
        F.col("name").contains("a").alias("has_a"),
        F.col("manager_id").eqNullSafe(1).alias("reports_to_1"),
        F.col("dept_id").isin([10, 30]).alias("eng_or_support"),
    )
