# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.filter("id IN (1, 3, 5, 6)").select("id", F.hour("ts"), F.minute("ts"), F.second("ts"), F.hour("s").alias("h_from_s"), F.minute(F.lit("2024-01-01 10:42:00")).alias("m_lit"))
