# data: bookings.json

from pyspark.sql import functions as F


def solve(bookings):
    nights = F.sequence("check_in", F.date_sub("check_out", 1))
    return bookings.filter(F.col("room") == "101").select("booking_id", F.explode(nights).alias("night"))
