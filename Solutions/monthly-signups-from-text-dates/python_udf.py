# Known slow: the right answer, but every value goes through a Python worker.
from datetime import date

from pyspark.sql import DataFrame, functions as F
from pyspark.sql.types import StringType


@F.udf(returnType=StringType())
def signup_month(text):
    if text is None or len(text) != 10:
        return None
    if text[4] == "-" and text[7] == "-":
        year, month, day = text[0:4], text[5:7], text[8:10]
    elif text[2] == "/" and text[5] == "/":
        day, month, year = text[0:2], text[3:5], text[6:10]
    else:
        return None
    if not (year.isdigit() and month.isdigit() and day.isdigit()):
        return None
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return None
    return year + "-" + month


def solve(signups: DataFrame) -> DataFrame:
    return (
        signups.select(signup_month("signed_up").alias("month"))
        .where(F.col("month").isNotNull())
        .groupBy("month")
        .agg(F.count("*").alias("signups"))
    )
