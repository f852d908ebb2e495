# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.types import StringType


def initials(name):
    return name[0] if name else None


def solve(employees):
    initial = F.udf(initials, StringType())
    return employees.select("name", initial("name").alias("initial"))
