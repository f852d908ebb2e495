# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.groupBy(F.date_format("d", "E")).agg(F.count("*")).orderBy(F.col("count(1)").desc(), F.col("date_format(d, E)"))
