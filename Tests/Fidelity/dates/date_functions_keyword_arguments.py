# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.date_add("d", days=3).alias("plus3"), F.date_format("ts", format="yyyy/MM/dd").alias("fmt"),
                        F.months_between(date1="d", date2=F.lit("2024-01-01")).alias("mb"), F.trunc("d", format="month").alias("m"),
                        F.date_trunc(format="hour", timestamp="ts").alias("h"), F.next_day("d", dayOfWeek="Sun").alias("sun"),
                        F.datediff(end="d", start=F.lit("2024-01-01")).alias("dd"))
