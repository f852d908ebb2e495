# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.filter("id IN (1, 5)").select("id", F.to_date("s", "yyyy-MM-dd"), F.unix_timestamp("s", "yyyy-MM-dd"), F.date_format("d", "MM/dd"), F.last_day("d"), F.next_day("d", "Mon"))
