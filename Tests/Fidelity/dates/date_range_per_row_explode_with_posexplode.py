# data: bookings.json

from pyspark.sql import functions as F


def solve(bookings):
    return bookings.filter("room = '102'").select("booking_id", F.posexplode(F.sequence("check_in", "check_out", F.expr("INTERVAL 2 DAYS"))).alias("i", "day"))
