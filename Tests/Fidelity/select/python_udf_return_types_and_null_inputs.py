# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.types import ArrayType, DoubleType, IntegerType, StringType


def solve(employees):
    initials = F.udf(lambda s: None if s is None else s[0], StringType())
    bonus = F.udf(lambda s: s * 0.1 if s is not None else -1.0, DoubleType())
    name_len = F.udf(lambda s: len(s), IntegerType())
    letters = F.udf(lambda s: list(s[:2]), ArrayType(StringType()))
    return employees.select(
        "emp_id",
        initials("name").alias("initial"),
        bonus("salary").alias("bonus"),
        name_len(F.col("name")).alias("name_len"),
        letters("name").alias("letters"),
    )
