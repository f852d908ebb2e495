# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.date_part(F.lit("YEAR"), "d"), F.extract(F.lit("second"), "ts"), F.datepart(F.lit("doy"), "d"))
