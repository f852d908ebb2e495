# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.filter("id IN (1, 5, 6, 7)").select(
        F.year("d"), F.month("d"), F.dayofmonth("d"), F.dayofweek("d"), F.dayofyear("d"), F.weekofyear("d"), F.quarter("d"),
        F.hour("ts"), F.minute("ts"), F.second("ts"), F.date_format("d", "yyyy-MM"), F.to_date("s"), F.to_date("s", "yyyy-MM-dd"),
        F.date_add("d", 1), F.date_sub("d", 1), F.add_months("d", 1), F.datediff("d", "ts"), F.months_between("d", "ts"),
        F.last_day("d"), F.next_day("d", "Mon"), F.trunc("d", "month"), F.date_trunc("hour", "ts"), F.unix_timestamp("ts"),
        F.from_unixtime(F.lit(0)), F.to_timestamp("s"), F.current_date().isNotNull(),
    ).filter("`year(d)` IS NOT NULL OR `to_date(s, yyyy-MM-dd)` IS NOT NULL")
