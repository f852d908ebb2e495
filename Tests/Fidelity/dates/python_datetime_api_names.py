# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.filter("id IN (1, 3, 5)").select(
        F.make_date(F.year("d"), F.lit(1), F.lit(1)), F.date_diff("d", F.lit("2024-01-01")), F.dateadd("d", 10),
        F.extract(F.lit("YEAR"), "d"), F.date_part(F.lit("MONTH"), "ts"), F.datepart(F.lit("DAY"), "d"), F.unix_millis("ts"),
        F.unix_seconds("ts"), F.unix_date("d"), F.timestamp_seconds(F.lit(0)), F.to_unix_timestamp("ts"),
        F.weekday("d"), F.dayofweek("d"), F.dayname("d"), F.monthname("d"), F.last_day("ts"),
        F.make_timestamp(F.lit(2024), F.lit(1), F.lit(2), F.lit(3), F.lit(4), F.lit(5.5)),
    )
